import type { Range } from './range';

/**
 * Ranges sorted by start, with how far the ranges up to each position reach. It answers, by
 * binary search instead of comparing every pair, "does a range that starts before x end after y?":
 * overlap (starts before my end, ends after my start), containment (starts at or before my start,
 * ends at or after my end) and nearness (the same, widened by a distance) are all that question.
 *
 * The two farthest-reaching ranges of each prefix are kept, so a range can ask about all the
 * others but itself (ids are unique, as every stored row's is).
 */
export interface ReachIndex<T extends Range & { id: string }> {
  /** The ranges, sorted by start (ties in the order given). */
  sorted: T[];
  /** `reach[i]`: the farthest end among sorted[0..i]. Never decreases. */
  reach: number[];
  /** `reacher[i]`: the id of a range in sorted[0..i] that ends at reach[i]. */
  reacher: string[];
  /** `runnerUp[i]`: the farthest end among sorted[0..i] other than the reacher; -Infinity if none. */
  runnerUp: number[];
}

/** Builds the index; `sorted` must already be sorted by start (any order among equal starts). */
export function reachIndex<T extends Range & { id: string }>(sorted: T[]): ReachIndex<T> {
  const reach: number[] = [];
  const reacher: string[] = [];
  const runnerUp: number[] = [];
  let best = -Infinity;
  let bestId = '';
  let second = -Infinity;
  for (const r of sorted) {
    if (r.end > best) {
      second = best;
      best = r.end;
      bestId = r.id;
    } else if (r.end > second) second = r.end;
    reach.push(best);
    reacher.push(bestId);
    runnerUp.push(second);
  }
  return { sorted, reach, reacher, runnerUp };
}

/** Ranges by start, for `reachIndex`. */
export function sortedByStart<T extends Range>(ranges: T[]): T[] {
  return [...ranges].sort((a, b) => a.start - b.start);
}

/**
 * How many of the sorted ranges start before `bound` (`inclusive`: at or before it): the length of
 * the prefix a question may look at.
 */
export function countStartingBefore(sorted: Range[], bound: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = sorted[mid]!.start;
    if (start < bound || (inclusive && start === bound)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The farthest end among the ranges that start before `bound` (`inclusive`: at or before it),
 * leaving out the range with id `selfId`; null when there is no such range.
 */
export function farthestEnd<T extends Range & { id: string }>(
  index: ReachIndex<T>,
  bound: number,
  inclusive: boolean,
  selfId?: string,
): number | null {
  const count = countStartingBefore(index.sorted, bound, inclusive);
  if (count === 0) return null;
  const last = count - 1;
  if (index.reacher[last] !== selfId) return index.reach[last]!;
  const other = index.runnerUp[last]!;
  return other === -Infinity ? null : other;
}

/**
 * The first position in a never-decreasing list whose value is above `at` (the list's length when
 * none is): with `reach`, the first range in start order that ends after `at`; with the ends of
 * sorted, separate stretches, the first stretch that ends after `at`.
 */
export function firstAbove(values: number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! > at) high = mid;
    else low = mid + 1;
  }
  return low;
}
