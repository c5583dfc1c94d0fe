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
