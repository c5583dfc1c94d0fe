/**
 * A list of rows brought up to date with the rows read again for the keys a change touched
 * (`rows[i]` for `keys[i]`; undefined = the row is gone): a touched row that still `belongs` takes
 * its place (or joins at the end), one that no longer does leaves, and every other row stays the
 * very same object. The list itself comes back when the change touched none of it.
 */
export function withChangedRows<T extends { id: string }>(
  list: readonly T[],
  keys: readonly string[],
  rows: readonly (T | undefined)[],
  belongs: (row: T) => boolean,
): readonly T[] {
  const fresh = new Map<string, T | undefined>();
  keys.forEach((key, i) => fresh.set(key, rows[i]));
  let changed = false;
  const next: T[] = [];
  for (const row of list) {
    if (!fresh.has(row.id)) {
      next.push(row);
      continue;
    }
    const now = fresh.get(row.id);
    fresh.delete(row.id);
    changed = true;
    if (now && belongs(now)) next.push(now);
  }
  for (const now of fresh.values()) {
    if (!now || !belongs(now)) continue;
    next.push(now);
    changed = true;
  }
  return changed ? next : list;
}
