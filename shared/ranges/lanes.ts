/**
 * Margin stripes: one lane (column) per code that has codings in the source, numbered from 0 in the
 * order the codes first appear in the text (earliest start; at equal starts the longer coding
 * first, then input order). Deliberately simple: a code keeps its column all the way down the
 * source, so a reader can follow one colour without it jumping sideways.
 */
export function stripeLanes(codings: { codeId: string; start: number; end: number }[]): Map<string, number> {
  const inReadingOrder = codings
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.index - b.index);
  const lanes = new Map<string, number>();
  for (const { c } of inReadingOrder) if (!lanes.has(c.codeId)) lanes.set(c.codeId, lanes.size);
  return lanes;
}
