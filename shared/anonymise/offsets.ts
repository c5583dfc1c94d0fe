/** Any `{start, end}` in UTF-16 units, end exclusive: a parser's message, a segment. */
export interface TextRange {
  start: number;
  end: number;
}

/** One replacement: where it was in the old text and where its placeholder is in the new one. */
export interface TextEdit {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Which way an offset inside a replaced stretch moves. A range's start moves to the start of the
 * placeholder and its end to the end, so a range that cuts into a replacement grows to hold the
 * whole placeholder: a placeholder is never split between two messages.
 */
export type Edge = 'start' | 'end';

/** The last edit that begins before `offset`, by binary search; edits are sorted and disjoint. */
function lastEditBefore(offset: number, edits: readonly TextEdit[]): TextEdit | undefined {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((edits[mid]?.oldStart ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return edits[low - 1];
}

export function shiftOffset(offset: number, edits: readonly TextEdit[], edge: Edge = 'start'): number {
  const edit = lastEditBefore(offset, edits);
  if (edit === undefined) return offset;
  if (offset < edit.oldEnd) return edge === 'start' ? edit.newStart : edit.newEnd;
  // newEnd already carries the length change of every earlier edit.
  return offset + (edit.newEnd - edit.oldEnd);
}

export function shiftOffsets(offsets: readonly number[], edits: readonly TextEdit[], edge: Edge = 'start'): number[] {
  return offsets.map((offset) => shiftOffset(offset, edits, edge));
}

/** Copies of the ranges with offsets into the new text; every other field is kept as it was. */
export function remapRanges<R extends TextRange>(ranges: readonly R[], edits: readonly TextEdit[]): R[] {
  return ranges.map((range) => ({
    ...range,
    start: shiftOffset(range.start, edits, 'start'),
    end: shiftOffset(range.end, edits, 'end'),
  }));
}
