import Dexie from 'dexie';
import type { KodebokDb } from './db';
import { projectTables } from './db';

/**
 * Calls `listener` after every committed transaction that changed a row of a project table in
 * this database (not the projects list itself, nor settings: opening or renaming a project is not
 * a change worth a backup). Rides on Dexie's own change notification, which covers every write
 * path (commands, import, undo, restore) without each one having to remember to report.
 */
export function onProjectDataChanged(db: KodebokDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const watched = new Set<string>(projectTables);
  const onMutated = (parts: Record<string, unknown>) => {
    for (const part of Object.keys(parts)) {
      if (!part.startsWith(prefix)) continue;
      const table = part.slice(prefix.length).split('/')[0] ?? '';
      if (watched.has(table)) {
        listener();
        return;
      }
    }
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
