import type { Message } from '../model';
import { snapToWords } from '../ranges/words';

/*
 * What an auto-coding covers around a hit: the hit itself, its whole word(s), the sentence, the
 * message or turn, or the paragraph (a line of the text: imports keep one paragraph per line). A
 * sentence or paragraph never reaches past the message it is in: a turn is a speaker's own words.
 */

export type HitExtent = 'hit' | 'word' | 'sentence' | 'message' | 'paragraph';

type Bounds = Pick<Message, 'start' | 'end'>;

const terminator = /[.!?…]/u;
const closing = /[.!?…"'»”’)\]]/u;
const space = /\s/u;
const lowerCase = /\p{Ll}/u;

/** The message holding `offset`, or null (a preamble, a text without messages). */
function messageAt(messages: readonly Bounds[], offset: number): Bounds | null {
  for (const m of messages) if (m.start <= offset && offset < m.end) return m;
  return null;
}

/** A sentence ends at . ! ? … (with closing quotes) before a space and a word that does not go on in lower case ("f.eks. at"). */
function endsSentence(text: string, after: number, hi: number): boolean {
  if (after >= hi) return true;
  if (!space.test(text[after]!)) return false;
  let j = after;
  while (j < hi && space.test(text[j]!)) j++;
  return j >= hi || !lowerCase.test(text[j]!);
}

function sentenceStart(text: string, offset: number, lo: number): number {
  let i = offset - 1;
  for (; i >= lo; i--) {
    if (text[i] === '\n') break;
    if (terminator.test(text[i]!)) {
      let after = i + 1;
      while (after < offset && closing.test(text[after]!)) after++;
      if (after < offset && endsSentence(text, after, offset + 1)) break;
    }
  }
  let start = i + 1;
  while (start < offset && space.test(text[start]!)) start++;
  return start;
}

function sentenceEnd(text: string, offset: number, hi: number): number {
  let i = offset;
  for (; i < hi; i++) {
    if (text[i] === '\n') break;
    if (terminator.test(text[i]!)) {
      let after = i + 1;
      while (after < hi && closing.test(text[after]!)) after++;
      if (endsSentence(text, after, hi)) {
        i = after;
        break;
      }
    }
  }
  let end = Math.min(i, hi);
  while (end > offset && space.test(text[end - 1]!)) end--;
  return end;
}

function paragraph(text: string, start: number, end: number, lo: number, hi: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n', start - 1);
  let from = Math.max(lo, before + 1);
  const after = text.indexOf('\n', end);
  let to = Math.min(hi, after < 0 ? text.length : after);
  while (from < start && space.test(text[from]!)) from++;
  while (to > end && space.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

export function extendHit(text: string, messages: readonly Bounds[], start: number, end: number, extent: HitExtent): { start: number; end: number } {
  if (extent === 'hit') return { start, end };
  if (extent === 'word') return snapToWords(text, { start, end });
  const first = messageAt(messages, start);
  const last = messageAt(messages, Math.max(start, end - 1));
  const lo = first?.start ?? 0;
  const hi = last?.end ?? text.length;
  if (extent === 'message' && first && last) return { start: first.start, end: last.end };
  if (extent === 'sentence') return { start: sentenceStart(text, start, lo), end: sentenceEnd(text, end, hi) };
  // A paragraph, and a "message" in text that is not in one.
  return paragraph(text, start, end, lo, hi);
}
