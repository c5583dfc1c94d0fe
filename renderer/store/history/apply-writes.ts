import { writeKey, type Planned, type Write } from '../../../shared/model';
import { projectTables, type KodebokDb } from '../db';
import type { ChangeRecorder } from './recorder';

/**
 * Performs planned writes (shared/model/write.ts) in order through the history's recorder, so the
 * step can be undone. Commands read what they need, let a pure `plan…` in shared/ decide, and
 * write last with this: the writes are the same plain data a later sync layer replicates.
 */
export async function applyWrites(rec: ChangeRecorder, writes: readonly Write[]): Promise<void> {
  for (const write of writes) {
    if (write.op === 'put') await rec.put(write.table, write.row);
    else if (write.op === 'update') await rec.update(write.table, write.key, write.patch);
    else await rec.delete(write.table, write.key);
  }
}

/** Applies a plan's writes and hands back its value. */
export async function applyPlanned<T>(rec: ChangeRecorder, planned: Planned<T>): Promise<T> {
  await applyWrites(rec, planned.writes);
  return planned.value;
}

/**
 * Applies writes without recording them: the bulk paths (import, demo project, project copy,
 * restore, project lifecycle, the default coder) that are not undo steps. Same `Write`s as the
 * recorded path, so sync sees them alike; a run of puts to one table becomes one bulk call and a
 * run of deletes one bulkDelete, which keeps a 1,000-thread import near raw bulkPut speed.
 * Bulk paths only ever create rows under fresh ids, so their puts are added, never overwritten:
 * a put whose key is already stored fails the whole transaction instead of replacing someone's
 * work. Call inside a rw transaction over the tables written ({@link writeProject} opens one).
 */
export async function applyWritesInBulk(db: KodebokDb, writes: readonly Write[]): Promise<void> {
  let i = 0;
  while (i < writes.length) {
    const write = writes[i]!;
    const table = db.table(write.table);
    if (write.op === 'update') {
      if ((await table.update(write.key, write.patch)) === 0) throw new Error(`Nothing to update: ${write.table} ${write.key} is gone.`);
      i += 1;
      continue;
    }
    let j = i;
    while (j < writes.length && writes[j]!.op === write.op && writes[j]!.table === write.table) j += 1;
    const run = writes.slice(i, j);
    if (write.op === 'put') await table.bulkAdd(run.map((w) => (w as Extract<Write, { op: 'put' }>).row));
    else await table.bulkDelete(run.map(writeKey));
    i = j;
  }
}

/** Every table a project's writes may touch: the project row and its rows. */
export function projectScope(db: KodebokDb) {
  return [db.projects, ...projectTables.map((t) => db.table(t))];
}

/**
 * Applies writes (not recorded) in ONE transaction over the tables they touch: all of them, or,
 * if anything fails, none.
 */
export async function writeProject(db: KodebokDb, writes: readonly Write[]): Promise<void> {
  if (writes.length === 0) return;
  const tables = [...new Set(writes.map((w) => w.table))].map((t) => db.table(t));
  await db.transaction('rw', tables, async () => await applyWritesInBulk(db, writes));
}
