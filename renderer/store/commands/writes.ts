import type { ProjectTable } from '../db';
import type { ChangeRecorder } from '../history/recorder';

/** One planned write of a command, as plain data. */
export type Write =
  | { op: 'put'; table: ProjectTable; row: { id: string } }
  | { op: 'update'; table: ProjectTable; key: string; patch: object }
  | { op: 'delete'; table: ProjectTable; key: string };

/**
 * Performs planned writes in order through the recorder. Call it as the LAST await of a command:
 * Dexie follows its transaction across awaits of its own promises only, so after awaiting one of
 * our async helpers a further database call could run outside the step's transaction.
 */
export async function applyWrites(rec: ChangeRecorder, writes: Write[]): Promise<void> {
  for (const write of writes) {
    if (write.op === 'put') await rec.put(write.table, write.row);
    else if (write.op === 'update') await rec.update(write.table, write.key, write.patch);
    else await rec.delete(write.table, write.key);
  }
}
