import type { Range } from './range';

/*
 * A selection made with Shift+arrows or a quick drag easily starts or stops inside a word
 * ("et er litt tungt" out of "Det er litt tungt"). Coding such a fragment is nearly always an
 * accident, so a selection is widened to whole words before it is coded.
 *
 * A word is a run of letters, marks and digits (æøå and every other script included). A hyphen
 * or an apostrophe between two such characters belongs to the word ("NAV-kontoret", "Aase's"),
 * so a compound is taken whole. Punctuation and spaces are never part of a word, so a selection
 * that starts or ends at one is left alone. Offsets never land inside a character: not between
 * the two halves of an emoji, nor inside an emoji sequence (skin tone, ZWJ family, flag).
 */

const wordCharacter = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const joiner = /^[-\u2010\u2011'\u2019]$/u;

/** The code point that ends just before `offset` (two code units for a surrogate pair). */
function before(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  if (offset >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text.slice(offset - 1, offset);
}

/** The code point that starts at `offset`. */
function after(text: string, offset: number): string {
  if (offset >= text.length) return '';
  const cp = text.codePointAt(offset)!;
  return String.fromCodePoint(cp);
}

function isWordChar(char: string): boolean {
  return char !== '' && wordCharacter.test(char);
}

/** Whether the character ending just before `offset` belongs to a word. */
function wordBefore(text: string, offset: number): boolean {
  const char = before(text, offset);
  if (isWordChar(char)) return true;
  if (!joiner.test(char)) return false;
  const at = offset - char.length;
  return isWordChar(before(text, at)) && isWordChar(after(text, offset));
}

/** Whether the character starting at `offset` belongs to a word. */
function wordAfter(text: string, offset: number): boolean {
  const char = after(text, offset);
  if (isWordChar(char)) return true;
  if (!joiner.test(char)) return false;
  return isWordChar(before(text, offset)) && isWordChar(after(text, offset + char.length));
}

/** True when `offset` falls between two characters of the same word. */
export function insideWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && wordBefore(text, offset) && wordAfter(text, offset);
}

/** The start of the word `offset` is inside (or `offset` itself). */
export function wordStart(text: string, offset: number): number {
  let i = offset;
  if (!insideWord(text, i)) return i;
  while (i > 0 && wordBefore(text, i)) i -= before(text, i).length;
  return i;
}

/** The end of the word `offset` is inside (or `offset` itself). */
export function wordEnd(text: string, offset: number): number {
  let i = offset;
  if (!insideWord(text, i)) return i;
  while (i < text.length && wordAfter(text, i)) i += after(text, i).length;
  return i;
}

/** How far on each side of an offset to look for the grapheme it may be inside (longest emoji sequences are well under this). */
const graphemeWindow = 64;

let graphemes: Intl.Segmenter | undefined;

/** Moves `offset` back (edge 'start') or forward (edge 'end') to the nearest boundary between user-perceived characters. */
function graphemeEdge(text: string, offset: number, edge: 'start' | 'end'): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const from = Math.max(0, offset - graphemeWindow);
  const window = text.slice(from, Math.min(text.length, offset + graphemeWindow));
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(window)) {
    const start = from + index;
    const end = start + segment.length;
    if (start < offset && offset < end) return edge === 'start' ? start : end;
    if (start >= offset) break;
  }
  return offset;
}

/**
 * The range widened so that it neither starts nor ends inside a word or a character. An empty
 * range (a caret) is returned as it is.
 */
export function snapToWords(text: string, range: Range): Range {
  if (range.end <= range.start) return range;
  const start = wordStart(text, graphemeEdge(text, range.start, 'start'));
  const end = wordEnd(text, graphemeEdge(text, range.end, 'end'));
  return { start: graphemeEdge(text, start, 'start'), end: graphemeEdge(text, end, 'end') };
}
