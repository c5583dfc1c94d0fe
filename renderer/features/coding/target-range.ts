import type { Range } from '../../../shared/ranges/range';
import { snapToWords } from '../../../shared/ranges/words';
import { blockAt, type Block } from '../../editor/blocks';

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

/**
 * What a code is applied to: the selected text, or — with just a caret — the whole turn the caret
 * is in ("code the whole message"). Null when there is nothing to code.
 */
export function codingTarget(text: string, blocks: Block[], selection: Range | null, wholeWords = false): Range | null {
  if (!selection) return null;
  if (selection.end > selection.start) {
    const passage = selectedPassage(text, selection, wholeWords);
    return passage.end > passage.start ? passage : null;
  }
  const block = blockAt(blocks, selection.start) ?? blockAt(blocks, selection.start - 1);
  if (!block || block.end <= block.start) return null;
  return trimRange(text, block);
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
