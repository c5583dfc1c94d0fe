import type { Range } from './range';

/**
 * The turn holding an offset, in turns sorted by start that do not overlap (a source's messages):
 * the last turn starting at or before it, if it has not ended; null between turns, in a preamble
 * or in a text without turns. Binary search: a quote list of 1,500 meaning units looks up each speaker
 * without walking the source's turns.
 */
export function turnAt<T extends Range>(turns: readonly T[] | undefined, offset: number): T | null {
  if (!turns || turns.length === 0) return null;
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const turn = turns[lo - 1];
  return turn && offset < turn.end ? turn : null;
}
