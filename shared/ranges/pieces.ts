/** A stretch of text covered by exactly the same ranges throughout. */
export interface Piece {
  start: number;
  end: number;
  /** Ids of the ranges covering this piece, sorted, each once. Empty for uncovered text. */
  ids: string[];
}

/**
 * Cuts [0, length) into the fewest pieces such that the set of covering range ids is constant in
 * each: what a highlighter draws, one span per piece. Ranges are clipped to the text; empty ranges
 * cover nothing. The pieces are contiguous and together cover the whole text.
 */
export function coverPieces(ranges: { id: string; start: number; end: number }[], length: number): Piece[] {
  if (length <= 0) return [];
  const events = new Map<number, { id: string; delta: number }[]>();
  const addEvent = (at: number, id: string, delta: number) => {
    const list = events.get(at);
    if (list) list.push({ id, delta });
    else events.set(at, [{ id, delta }]);
  };
  for (const r of ranges) {
    const start = Math.max(0, r.start);
    const end = Math.min(length, r.end);
    if (end <= start) continue;
    addEvent(start, r.id, 1);
    addEvent(end, r.id, -1);
  }
  const cuts = [...new Set([0, length, ...events.keys()])].sort((a, b) => a - b);

  // An id may come with several ranges (the same coding split, or duplicates): count them.
  const covering = new Map<string, number>();
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const at = cuts[i]!;
    for (const { id, delta } of events.get(at) ?? []) {
      const count = (covering.get(id) ?? 0) + delta;
      if (count === 0) covering.delete(id);
      else covering.set(id, count);
    }
    const ids = [...covering.keys()].sort();
    const last = pieces[pieces.length - 1];
    if (last && sameIds(last.ids, ids)) last.end = cuts[i + 1]!;
    else pieces.push({ start: at, end: cuts[i + 1]!, ids });
  }
  return pieces;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The pieces of [start, end) alone, as `coverPieces` over the whole text would cut them there: what
 * one turn draws, from only the ranges that reach into it.
 */
export function piecesWithin(ranges: { id: string; start: number; end: number }[], start: number, end: number): Piece[] {
  if (end <= start) return [];
  const local = ranges.map((r) => ({ id: r.id, start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return coverPieces(local, end - start).map((p) => ({ start: p.start + start, end: p.end + start, ids: p.ids }));
}
