import { remapProjectRows, type BackupTables } from '../../../shared/backup';
import { projectTables, type KodebokDb } from '../db';
import { newId } from '../ids';

/**
 * Copies every row of one project into another, each under a fresh id with every reference
 * remapped (remapProjectRows, which restoring a backup uses too). Must run inside a transaction
 * over all project tables.
 */
export async function copyProjectRows(db: KodebokDb, fromId: string, toId: string): Promise<void> {
  const tables = {} as BackupTables;
  for (const table of projectTables) tables[table] = await db.table(table).where('projectId').equals(fromId).toArray();
  const copied = remapProjectRows(tables, toId, newId);
  for (const table of projectTables) await db.table(table).bulkAdd(copied[table]);
}
