import type { LabelLine, LabelLineReader } from './label-line';
import { isBlank, skipSpaces, trimEndOffset, type TextLine } from './lines';

/**
 * A speaker turn found in text. The message-boundary rule, shared by dialogues and transcripts:
 * a turn starts at a line that begins with a speaker label and a colon (see label-line.ts) and runs
 * until the next such line (or the end of the range). Blank lines inside it are kept, so a message
 * may have several paragraphs; trailing blank lines and white space are not part of the body.
 */
export interface Turn {
  /** null for text before the first label. */
  head: LabelLine | null;
  /** 1-based line where the turn starts. */
  line: number;
  /** Absolute offset of the first non-space character of that line (the label, if any). */
  lineStart: number;
  /** Absolute offsets of the body in the scanned text; equal when the body is empty. */
  start: number;
  end: number;
}

export function scanTurns(
  text: string,
  lines: readonly TextLine[],
  from: number,
  to: number,
  reader: LabelLineReader,
): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  let hasBody = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const head = reader.read(text.slice(line.start, line.end));
    if (head) {
      const start = line.start + head.bodyStart;
      const end = trimEndOffset(text, start, line.end);
      current = { head, line: line.number, lineStart: skipSpaces(text, line.start, line.end), start, end };
      hasBody = end > start;
      turns.push(current);
    } else if (!isBlank(text, line)) {
      if (!current) {
        const start = skipSpaces(text, line.start, line.end);
        current = { head: null, line: line.number, lineStart: start, start, end: 0 };
        turns.push(current);
        hasBody = true;
      } else if (!hasBody) {
        current.start = skipSpaces(text, line.start, line.end);
        hasBody = true;
      }
      current.end = trimEndOffset(text, line.start, line.end);
    }
  }
  return turns;
}

/** Paragraphs (runs of non-blank lines) as turns without a speaker, for text with no labels. */
export function scanParagraphs(text: string, lines: readonly TextLine[], from: number, to: number): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) {
      current = null;
      continue;
    }
    if (!current) {
      const start = skipSpaces(text, line.start, line.end);
      current = { head: null, line: line.number, lineStart: start, start, end: 0 };
      turns.push(current);
    }
    current.end = trimEndOffset(text, line.start, line.end);
  }
  return turns;
}

/** Index range [first, last] of non-blank lines in [from, to), or null when all are blank. */
export function nonBlankRange(
  text: string,
  lines: readonly TextLine[],
  from: number,
  to: number,
): [number, number] | null {
  let first = from;
  while (first < to && isBlank(text, lines[first]!)) first++;
  if (first === to) return null;
  let last = to - 1;
  while (isBlank(text, lines[last]!)) last--;
  return [first, last];
}
