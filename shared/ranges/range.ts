/**
 * A stretch of a source text in UTF-16 code units (what JavaScript strings index), end exclusive:
 * `text.slice(start, end)`. Codings, messages and search hits are all ranges.
 */
export interface Range {
  start: number;
  end: number;
}

export function isEmpty(r: Range): boolean {
  return r.end <= r.start;
}

/**
 * True when the two share at least one code unit. Ranges that only touch ([0,5) and [5,9)) do not
 * overlap, and an empty range overlaps nothing: a caret is not a passage.
 */
export function overlaps(a: Range, b: Range): boolean {
  return !isEmpty(a) && !isEmpty(b) && a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely inside `outer` (equal ranges count as inside). */
export function within(inner: Range, outer: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Characters between the two: 0 when they overlap or touch. */
export function gap(a: Range, b: Range): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

/** The shared part, or null when they do not overlap. */
export function intersect(a: Range, b: Range): Range | null {
  if (!overlaps(a, b)) return null;
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}

/** Orders by start, then by end (shorter first): the reading order of highlights and segments. */
export function compareRanges(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}
