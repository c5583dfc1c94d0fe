/** Whether two rows hold the same values (one level deep: the stored rows are flat). */
function sameRow(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * A re-read list of rows with every unchanged row (same id, same values) replaced by the object the
 * previous list held, and the previous list itself when nothing changed at all: a live query hands
 * back fresh objects for every coding after each step, and this lets the view see that only one
 * of 10,000 changed.
 */
export function keepUnchangedRows<T extends { id: string }>(previous: readonly T[], next: readonly T[]): readonly T[] {
  if (previous === next) return previous;
  const byId = new Map(previous.map((r) => [r.id, r]));
  let same = previous.length === next.length;
  const kept = next.map((r) => {
    const old = byId.get(r.id);
    if (old !== undefined && (old === r || sameRow(old, r))) return old;
    same = false;
    return r;
  });
  return same ? previous : kept;
}
