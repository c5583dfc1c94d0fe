import type { Range } from '../../../shared/ranges/range';
import { selectedPassage, trimRange } from '../../../shared/ranges/passage';
import { blockAt, type Block } from '../../editor/blocks';

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
