import type { Coding } from '../../../shared/model';

/** What changed from one snapshot to the next: the rows added, the rows removed, and each changed row before and after. */
export interface CodingsDelta {
  /** The version of the snapshot these changes apply to. */
  fromVersion: number;
  added: readonly Coding[];
  removed: readonly Coding[];
  changed: readonly { before: Coding; after: Coding }[];
}

/**
 * The codings of a source as the document view draws them, with what changed since the snapshot
 * before. Each part of the view (highlights, stripes, lanes) remembers the version it last drew and,
 * when the delta starts from that version, redraws from the delta alone instead of comparing all
 * 10,000 codings again; anything else (a first draw, a skipped version) falls back to the whole list.
 * Unchanged rows keep their objects from snapshot to snapshot.
 */
export interface CodingsSnapshot {
  version: number;
  list: readonly Coding[];
  byId: ReadonlyMap<string, Coding>;
  delta: CodingsDelta | null;
}

export const noCodings: CodingsSnapshot = { version: 0, list: [], byId: new Map(), delta: null };

/** Whether two rows hold the same values (one level deep: the stored rows are flat). */
function sameRow(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * The next snapshot for a re-read list: every unchanged row (same id, same values) is replaced by
 * the object the previous snapshot held, and the previous snapshot itself comes back when nothing
 * changed at all (a live query hands back fresh objects for every coding after each step).
 */
export function nextSnapshot(previous: CodingsSnapshot, next: readonly Coding[]): CodingsSnapshot {
  if (previous.list === next) return previous;
  const added: Coding[] = [];
  const changed: { before: Coding; after: Coding }[] = [];
  const byId = new Map<string, Coding>();
  const list = next.map((row) => {
    const old = previous.byId.get(row.id);
    let kept = row;
    if (old === undefined) added.push(row);
    else if (old === row || sameRow(old, row)) kept = old;
    else changed.push({ before: old, after: row });
    byId.set(row.id, kept);
    return kept;
  });
  const removed: Coding[] = [];
  if (byId.size - added.length < previous.byId.size) {
    for (const [id, row] of previous.byId) if (!byId.has(id)) removed.push(row);
  }
  if (added.length === 0 && removed.length === 0 && changed.length === 0) return previous;
  return { version: previous.version + 1, list, byId, delta: { fromVersion: previous.version, added, removed, changed } };
}

/** The next snapshot with codings added that are not in it yet: what drawing a new coding at once costs (no comparison of the others). */
export function withAdded(previous: CodingsSnapshot, rows: readonly Coding[]): CodingsSnapshot {
  const added = rows.filter((r) => !previous.byId.has(r.id));
  if (added.length === 0) return previous;
  const byId = new Map(previous.byId);
  for (const r of added) byId.set(r.id, r);
  return {
    version: previous.version + 1,
    list: [...previous.list, ...added],
    byId,
    delta: { fromVersion: previous.version, added, removed: [], changed: [] },
  };
}

/** The delta from the version a part of the view last drew, or null when it must look at the whole list. */
export function deltaSince(snapshot: CodingsSnapshot, drawnVersion: number | null): CodingsDelta | null {
  return drawnVersion !== null && snapshot.delta?.fromVersion === drawnVersion ? snapshot.delta : null;
}
