import type { TextSpan } from '../model';

/**
 * What counts as one unit when codings become a units × coders table: a message or transcript
 * turn, a paragraph (a non-blank line), a sentence (within a paragraph, as Intl.Segmenter splits
 * Norwegian text), or a single character.
 */
export type AgreementUnitKind = 'turn' | 'paragraph' | 'sentence' | 'char';
export const agreementUnitKinds: readonly AgreementUnitKind[] = ['turn', 'paragraph', 'sentence', 'char'];

/** Non-blank lines, trimmed of surrounding spaces. */
export function paragraphSpans(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const span = trimmed(text, at, end);
    if (span) out.push(span);
    at = end + 1;
  }
  return out;
}

let sentences: Intl.Segmenter | undefined;

/** Sentences inside each paragraph (a sentence never runs across a line break). */
export function sentenceSpans(text: string): TextSpan[] {
  sentences ??= new Intl.Segmenter('nb', { granularity: 'sentence' });
  const out: TextSpan[] = [];
  for (const paragraph of paragraphSpans(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    for (const piece of sentences.segment(body)) {
      const start = paragraph.start + piece.index;
      const span = trimmed(text, start, start + piece.segment.length);
      if (span) out.push(span);
    }
  }
  return out;
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A source's units of the given kind (not 'char': characters are counted as runs, see
 * project-table.ts). A source without turns (plain text) falls back to its paragraphs.
 */
export function unitSpans(
  text: string,
  turns: readonly TextSpan[],
  kind: Exclude<AgreementUnitKind, 'char'>,
): TextSpan[] {
  if (kind === 'turn')
    return turns.length > 0 ? [...turns].sort((a, b) => a.start - b.start) : paragraphSpans(text);
  return kind === 'paragraph' ? paragraphSpans(text) : sentenceSpans(text);
}
