import Dexie, { type ObservabilitySet } from 'dexie';
import type { Coding } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { changedKeys } from './changed-keys';
import { withChangedRows } from './changed-rows';

/**
 * Hands `onList` the codings of one source, then the list again after every committed change to
 * them, until the returned function is called. Read whole once; after that each change (in this
 * window or another, by any write path) is told by Dexie's change notification with the keys it
 * touched, and only those rows are read again: coding one passage beside 10,000 reads one row, not
 * 10,000, and every untouched coding stays the same object. A change that cannot be narrowed to a
 * few keys (an import, a restore) reads the list again.
 */
export function watchSourceCodings(db: KodebokDb, sourceId: string, onList: (list: readonly Coding[]) => void): () => void {
  let live = true;
  let list: readonly Coding[] | null = null;
  let queue: Promise<void> = Promise.resolve();
  const readAll = () => db.codings.where('sourceId').equals(sourceId).toArray();
  const publish = (next: readonly Coding[]) => {
    if (!live || next === list) return;
    list = next;
    onList(next);
  };
  // One step after another, in the order they were committed; a closed database (another window
  // upgraded it) stops the updates, and the connection banner says why.
  const then = (step: () => Promise<void>) => {
    queue = queue.then(step).catch(() => undefined);
  };
  const onMutated = (parts: ObservabilitySet) => {
    const keys = changedKeys(parts, db.name, 'codings');
    if (keys?.length === 0) return;
    then(async () => {
      if (!live || list === null) return;
      if (!keys) return publish(await readAll());
      const rows = await db.codings.bulkGet(keys);
      publish(withChangedRows(list, keys, rows, (row) => row.sourceId === sourceId));
    });
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  then(async () => publish(await readAll()));
  return () => {
    live = false;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
