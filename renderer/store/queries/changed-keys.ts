import { RangeSet, type ObservabilitySet } from 'dexie';

/** More changed rows than this in one notification are read the plain way: the whole list again. */
const fewKeys = 500;

/**
 * The primary keys of `table` that a committed change touched (written, updated or deleted), read
 * from Dexie's change notification (`storagemutated`, documented in dexie.d.ts: part
 * `idb://<db>/<table>/` holds the keys of changed rows, `…/:dels` those of deleted ones). Null when
 * the change cannot be narrowed to a few keys (a bulk write of 50 rows or more, a cleared table, a
 * key range): then the caller reads everything again. An empty list: nothing in that table changed.
 */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): string[] | null {
  const keys = new Set<string>();
  for (const suffix of ['', ':dels']) {
    const tree = parts[`idb://${dbName}/${table}/${suffix}`];
    if (!tree || tree.d === 0) continue;
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || node.from !== node.to) return null;
      keys.add(node.from);
      if (keys.size > fewKeys) return null;
    }
  }
  return [...keys];
}
