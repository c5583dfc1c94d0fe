import type { KodebokDb, SearchIndexRow } from '../db';

/**
 * This machine's cache of each project's serialised search index (renderer/search). Not project
 * data: it is derived from the rows, rebuilt whenever it is missing or stale, and never replicated
 * nor backed up, so it is written directly, like settings, not as `Write`s.
 */
export async function readSearchIndex(db: KodebokDb, projectId: string): Promise<SearchIndexRow | undefined> {
  return db.searchIndexes.get(projectId);
}

export async function writeSearchIndex(db: KodebokDb, row: SearchIndexRow): Promise<void> {
  await db.searchIndexes.put(row);
}

export async function deleteSearchIndex(db: KodebokDb, projectId: string): Promise<void> {
  await db.searchIndexes.delete(projectId);
}
