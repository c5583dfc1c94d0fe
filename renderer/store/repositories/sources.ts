import type { Source } from '../../../shared/model';
import { planImportSources, type PreparedSource } from '../../../shared/sources/plan-import';
import type { KodebokDb } from '../db';
import { applyWritesInBulk, projectScope } from '../history/apply-writes';
import { planContext } from '../ids';
import { readCurrentText } from './source-texts';

export type { PreparedSource } from '../../../shared/sources/plan-import';

/** The rows an import plan reads: the project's attribute definitions and its last source's order. */
export async function readImportRows(db: KodebokDb, projectId: string) {
  const attributes = await db.attributes.where('projectId').equals(projectId).toArray();
  const last = await db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).last();
  return { attributes, lastOrder: last ? last.order : null };
}

/**
 * Writes a whole import batch in ONE transaction: sources, texts, messages and any new attribute
 * definitions (planImportSources). If anything fails, nothing of the batch is stored.
 *
 * Not an undo step: later steps (codings, memos, typo fixes) point into the imported sources, so
 * taking the import back would strand them, and recording every row would double the cost of a
 * large import. The writes are the same plain `Write`s as every command's, applied in bulk.
 */
export async function importSources(db: KodebokDb, projectId: string, batch: PreparedSource[]): Promise<Source[]> {
  return db.transaction('rw', projectScope(db), async () => {
    const planned = planImportSources(await readImportRows(db, projectId), { projectId, batch }, planContext());
    await applyWritesInBulk(db, planned.writes);
    return planned.value;
  });
}

/** Which of these file hashes the project already holds (same bytes imported before). */
export async function findImportedHashes(db: KodebokDb, projectId: string, hashes: string[]): Promise<Set<string>> {
  const found = await db.sources.where('origin.sha256').anyOf(hashes).filter((s) => s.projectId === projectId).toArray();
  return new Set(found.map((s) => s.origin.sha256));
}

export async function listSources(db: KodebokDb, projectId: string): Promise<Source[]> {
  return db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
}

/** The source's current text: as imported, with its logged typo fixes (source-texts.ts). */
export async function getSourceText(db: KodebokDb, sourceId: string): Promise<string | undefined> {
  return readCurrentText(db, sourceId);
}
