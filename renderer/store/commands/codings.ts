import type { Coding, Memo } from '../../../shared/model';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import type { ChangeRecorder } from '../history/recorder';
import { newId, nowIso } from '../ids';

export interface NewCoding {
  /** Given when the view already shows the coding under this id (drawn before it is stored). */
  id?: string;
  projectId: string;
  sourceId: string;
  codeId: string;
  coderId: string;
  start: number;
  end: number;
}

function checkRange(start: number, end: number) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) {
    throw new RangeError(`A coding needs a non-empty range, got ${start}–${end}.`);
  }
}

/** The coding this coder already made of exactly this text with this code, if any. */
function findSameCoding(db: KodebokDb, input: NewCoding): Promise<Coding | undefined> {
  return db.codings
    .where('[sourceId+codeId]')
    .equals([input.sourceId, input.codeId])
    .filter((c) => c.coderId === input.coderId && c.start === input.start && c.end === input.end)
    .first();
}

/**
 * Codes a segment. Coding the very same text with the same code by the same coder again changes
 * nothing (and makes no undo step): the existing coding is returned.
 */
export function addCoding(db: KodebokDb, history: History, input: NewCoding, codeName: string): Promise<Coding> {
  checkRange(input.start, input.end);
  return history.run({ key: 'addCoding', values: { code: codeName } }, async (rec) => {
    const same = await findSameCoding(db, input);
    if (same) return same;
    const now = nowIso();
    return rec.put<Coding>('codings', { ...input, id: input.id ?? newId(), authorId: input.coderId, createdAt: now, updatedAt: now });
  });
}

/** Removes codings and the memos written on them (inside a running command). */
export async function removeCodingsWith(db: KodebokDb, rec: ChangeRecorder, ids: string[]): Promise<void> {
  const memos: Memo[] = await db.memos
    .where('[targetKind+targetId]')
    .anyOf(ids.map((id) => ['coding', id]))
    .toArray();
  for (const memo of memos) await rec.delete('memos', memo.id);
  for (const id of ids) await rec.delete('codings', id);
}

export function removeCodings(db: KodebokDb, history: History, ids: string[]): Promise<void> {
  return history.run({ key: 'removeCodings', values: { count: ids.length } }, (rec) => removeCodingsWith(db, rec, ids));
}

export function resizeCoding(history: History, id: string, start: number, end: number): Promise<Coding> {
  checkRange(start, end);
  return history.run({ key: 'resizeCoding' }, (rec) => rec.update<Coding>('codings', id, { start, end, updatedAt: nowIso() }));
}

/** Gives a coding another code (drag a code onto a highlight, or "change code" in its menu). */
export function recodeCoding(history: History, id: string, codeId: string, codeName: string): Promise<Coding> {
  return history.run({ key: 'recodeCoding', values: { code: codeName } }, (rec) =>
    rec.update<Coding>('codings', id, { codeId, updatedAt: nowIso() }),
  );
}
