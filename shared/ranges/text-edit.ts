import { hasLoneSurrogate, splitsSurrogatePair } from './surrogates';

/** Replace `text.slice(start, end)` with `insert` (a typo fix in the "edit transcript" mode). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

export type EditRefusal = 'crosses-boundary' | 'removes-range' | 'splits-surrogate' | 'out-of-bounds';

export type EditPlan =
  | { ok: true; text: string; ranges: { id: string; start: number; end: number }[] }
  | { ok: false; reason: EditRefusal; id?: string };

type IdRange = { id: string; start: number; end: number };

/**
 * Plans a correction of an immutable-by-default source text and moves every range (codings,
 * messages) with it, or refuses. Nothing is applied: the caller writes text and ranges together.
 *
 * Where the edit lies, for each range r (edit e replaces [e.start, e.end) with e.insert):
 * - entirely before r (e.end <= r.start): r shifts by the change in length;
 * - entirely after r (e.start >= r.end): r stays;
 * - inside r (r.start <= e.start and e.end <= r.end): only r.end moves. A pure insertion exactly
 *   at r.start counts as before (the new text is not coded), at r.end as after;
 * - partly inside, partly outside: refused as 'crosses-boundary' with r's id, since nobody can
 *   say which part of the new text the coder meant;
 * - leaving r empty (deleting all of it) or swallowing it whole together with text around it:
 *   refused as 'removes-range' with r's id. Replacing exactly r's text with new text is allowed.
 * The edit must lie within the text ('out-of-bounds') and neither cut an emoji or other surrogate
 * pair in half nor insert half of one ('splits-surrogate'). The first refusal found is returned,
 * checking the edit itself first, then the ranges in the order given.
 */
export function planTextEdit(text: string, edit: TextEdit, ranges: IdRange[]): EditPlan {
  const { start, end, insert } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length)
    return { ok: false, reason: 'out-of-bounds' };
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end) || hasLoneSurrogate(insert))
    return { ok: false, reason: 'splits-surrogate' };

  const delta = insert.length - (end - start);
  const moved: IdRange[] = [];
  for (const r of ranges) {
    if (r.start < 0 || r.end < r.start || r.end > text.length) return { ok: false, reason: 'out-of-bounds', id: r.id };
    const placed = placeRange(r, start, end, delta);
    if (typeof placed === 'string') return { ok: false, reason: placed, id: r.id };
    moved.push(placed);
  }
  return { ok: true, text: text.slice(0, start) + insert + text.slice(end), ranges: moved };
}

function placeRange(r: IdRange, start: number, end: number, delta: number): IdRange | EditRefusal {
  if (end <= r.start) return { id: r.id, start: r.start + delta, end: r.end + delta };
  if (start >= r.end) return { id: r.id, start: r.start, end: r.end };
  if (r.start <= start && end <= r.end) {
    const newEnd = r.end + delta;
    return newEnd <= r.start ? 'removes-range' : { id: r.id, start: r.start, end: newEnd };
  }
  if (start <= r.start && r.end <= end) return 'removes-range';
  return 'crosses-boundary';
}
