import type { Range } from './range';
import { snapToWords } from './words';

/** A selection without the spaces and line breaks a mouse drag tends to catch at its ends. */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A selection as it will be coded: without spaces at its ends and, with `wholeWords` (the
 * default setting), widened to whole words, so a fragment like "et er" is never coded by accident.
 */
export function selectedPassage(text: string, selection: Range, wholeWords: boolean): Range {
  const trimmed = trimRange(text, selection);
  return wholeWords && trimmed.end > trimmed.start ? snapToWords(text, trimmed) : trimmed;
}

/** Moves a coding edge to the next or previous word boundary (keyboard resizing). */
export function nudgeEdge(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  if (direction > 0) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    while (i < text.length && !/\s/.test(text[i]!)) i++;
  } else {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  }
  return i;
}
