/**
 * Margin stripes: one lane (column) per code that has codings in the source, numbered from 0 in the
 * order the codes first appear in the text (earliest start; at equal starts the longer coding
 * first, then input order). Deliberately simple: a code keeps its column all the way down the
 * source, so a reader can follow one colour without it jumping sideways.
 */
export function stripeLanes(codings: readonly { codeId: string; start: number; end: number }[]): Map<string, number> {
  // Each code's first coding in reading order, found in one pass (a source may hold 20,000 codings
  // but only a few dozen codes): only the codes are sorted.
  const first = new Map<string, { start: number; end: number; index: number }>();
  codings.forEach((c, index) => {
    const f = first.get(c.codeId);
    if (!f || c.start < f.start || (c.start === f.start && c.end > f.end)) first.set(c.codeId, { start: c.start, end: c.end, index });
  });
  const ordered = [...first].sort(([, a], [, b]) => a.start - b.start || b.end - a.end || a.index - b.index);
  return new Map(ordered.map(([codeId], lane) => [codeId, lane]));
}

type Placed = { codeId: string; start: number; end: number };

/**
 * Whether adding and removing these codings can move a lane: only a coding that would come before
 * its code's first one, or that was that first one, can. `lanes` were computed from `before`;
 * `firstOf` gives the first coding of a code in `before`.
 */
export function lanesMayMove(firstOf: (codeId: string) => Placed | undefined, added: readonly Placed[], removed: readonly Placed[]): boolean {
  for (const c of removed) {
    const f = firstOf(c.codeId);
    if (f && f.start === c.start && f.end === c.end) return true;
  }
  for (const c of added) {
    const f = firstOf(c.codeId);
    if (!f || c.start < f.start || (c.start === f.start && c.end >= f.end)) return true;
  }
  return false;
}

/** Each code's first coding in reading order (what its lane is decided by). */
export function firstCodings<C extends Placed>(codings: readonly C[]): Map<string, C> {
  const first = new Map<string, C>();
  for (const c of codings) {
    const f = first.get(c.codeId);
    if (!f || c.start < f.start || (c.start === f.start && c.end > f.end)) first.set(c.codeId, c);
  }
  return first;
}
