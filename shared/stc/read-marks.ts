import { readMarkId } from '../model';
import type { Id, PlanContext, Planned, ReadMark } from '../model';
import type { StcRows } from './rows';
import { stcMissing } from './stc-error';

/** Marks a source as read through (step 1). Marking it twice changes nothing. */
export function planMarkRead(
  rows: Pick<StcRows, 'projectId' | 'sources' | 'readMarks'>,
  input: { sourceId: Id; authorId: Id },
  at: PlanContext,
): Planned<ReadMark> {
  if (!rows.sources.some((s) => s.id === input.sourceId)) throw stcMissing('source');
  const id = readMarkId(input.sourceId);
  const existing = rows.readMarks.find((m) => m.id === id);
  if (existing) return { writes: [], value: existing };
  const row: ReadMark = { id, projectId: rows.projectId, sourceId: input.sourceId, authorId: input.authorId, createdAt: at.now, updatedAt: at.now };
  return { writes: [{ op: 'put', table: 'readMarks', projectId: rows.projectId, row }], value: row };
}

/** Marks a source as not read again; value false when it was not marked. */
export function planMarkUnread(rows: Pick<StcRows, 'projectId' | 'readMarks'>, input: { sourceId: Id }): Planned<boolean> {
  const id = readMarkId(input.sourceId);
  if (!rows.readMarks.some((m) => m.id === id)) return { writes: [], value: false };
  return { writes: [{ op: 'delete', table: 'readMarks', projectId: rows.projectId, key: id }], value: true };
}

/** How much of the material has been read: "5 of 8 sources read". */
export function readProgress(rows: Pick<StcRows, 'sources' | 'readMarks'>): { read: number; total: number } {
  const ids = new Set(rows.sources.map((s) => s.id));
  return { read: rows.readMarks.filter((m) => ids.has(m.sourceId)).length, total: ids.size };
}
