import type { ProjectTable } from '../db';
import type { ChangeRecorder } from '../history/recorder';

/** One planned write of a command, as plain data. */
export type Write =
  | { op: 'put'; table: ProjectTable; row: { id: string } }
  | { op: 'update'; table: ProjectTable; key: string; patch: object }
  | { op: 'delete'; table: ProjectTable; key: string };

/**
 * Performs planned writes in order through the recorder. Codebook commands read everything first,
 * plan their writes as plain data (easy to test and to read), and write last with this.
 */
export async function applyWrites(rec: ChangeRecorder, writes: Write[]): Promise<void> {
  for (const write of writes) {
    if (write.op === 'put') await rec.put(write.table, write.row);
    else if (write.op === 'update') await rec.update(write.table, write.key, write.patch);
    else await rec.delete(write.table, write.key);
  }
}
