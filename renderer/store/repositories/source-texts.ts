import type { SourceEdit, SourceText } from '../../../shared/model';
import { currentText } from '../../../shared/sources/current-text';
import type { KodebokDb } from '../db';

/**
 * The current text of sources: the imported text (never changed) with the logged typo fixes
 * applied (shared/sources/current-text.ts). Derived texts are cached by the fixes they include, so
 * opening a fixed source again does not replay its log; read inside a live query, these reads
 * subscribe to both tables.
 */
const cache = new Map<string, { original: string; key: string; text: string }>();

function derive(stored: SourceText, edits: SourceEdit[]): string {
  if (edits.length === 0 && !stored.appliedThrough) return stored.text;
  const key = `${stored.appliedThrough ?? ''}:${edits.map((e) => e.id).join(',')}`;
  const hit = cache.get(stored.sourceId);
  if (hit?.key === key && hit.original === stored.text) return hit.text;
  const text = currentText(stored, edits);
  cache.set(stored.sourceId, { original: stored.text, key, text });
  return text;
}

function bySource(edits: SourceEdit[]): Map<string, SourceEdit[]> {
  const out = new Map<string, SourceEdit[]>();
  for (const edit of edits) out.set(edit.sourceId, [...(out.get(edit.sourceId) ?? []), edit]);
  return out;
}

export async function readCurrentText(db: KodebokDb, sourceId: string): Promise<string | undefined> {
  const [stored, edits] = await Promise.all([db.sourceTexts.get(sourceId), db.sourceEdits.where('sourceId').equals(sourceId).toArray()]);
  return stored && derive(stored, edits);
}

/** Current texts of these sources, by source id (missing sources are left out). */
export async function readCurrentTexts(db: KodebokDb, sourceIds: string[]): Promise<Map<string, string>> {
  const [stored, edits] = await Promise.all([db.sourceTexts.bulkGet(sourceIds), db.sourceEdits.where('sourceId').anyOf(sourceIds).toArray()]);
  const editsOf = bySource(edits);
  return new Map(stored.flatMap((s) => (s ? [[s.sourceId, derive(s, editsOf.get(s.sourceId) ?? [])] as const] : [])));
}

/** Current texts of every source of a project, by source id. */
export async function readProjectTexts(db: KodebokDb, projectId: string): Promise<Map<string, string>> {
  const [stored, edits] = await Promise.all([
    db.sourceTexts.where('projectId').equals(projectId).toArray(),
    db.sourceEdits.where('projectId').equals(projectId).toArray(),
  ]);
  const editsOf = bySource(edits);
  return new Map(stored.map((s) => [s.sourceId, derive(s, editsOf.get(s.sourceId) ?? [])] as const));
}
