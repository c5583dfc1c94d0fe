import type { BackupTables } from '../../../shared/backup';
import { projectTables, type KodebokDb } from '../db';

/**
 * Every row of one project, by table, as plain rows (what a backup holds and what a duplicate
 * copies). Run inside a transaction over the project tables for a consistent picture.
 */
export async function readProjectRows(db: KodebokDb, projectId: string): Promise<BackupTables> {
  const tables = {} as BackupTables;
  for (const table of projectTables) tables[table] = await db.table(table).where('projectId').equals(projectId).toArray();
  return tables;
}
