import type { Coding, Id, Memo } from '../../../shared/model';
import {
  checkCodingRange,
  planAddCoding,
  planRecodeCoding,
  planRemoveCodings,
  planResizeCoding,
  type NewCoding,
} from '../../../shared/coding/plan-codings';
import type { TakenFromCodings } from '../../../shared/coding/coding-gone';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import type { ChangeRecorder } from '../history/recorder';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export type { NewCoding } from '../../../shared/coding/plan-codings';

/**
 * Coding commands: read → plan (shared/coding/plan-codings.ts) → apply, each one undoable step.
 * Coding the very same text with the same code by the same coder again changes nothing (and
 * makes no undo step): the existing coding is returned.
 */
export async function addCoding(history: History, input: { coding: NewCoding; codeName: string }): Promise<Coding> {
  const { db } = history;
  const { coding } = input;
  checkCodingRange(coding.start, coding.end);
  return history.run({ key: 'addCoding', values: { code: input.codeName } }, async (rec) => {
    const sameCode = await db.codings.where('[sourceId+codeId]').equals([coding.sourceId, coding.codeId]).toArray();
    return applyPlanned(rec, planAddCoding(sameCode, coding, planContext()));
  });
}

/** Removes codings and the memos written on them (inside a running command). */
export async function removeCodingsWith(db: KodebokDb, rec: ChangeRecorder, ids: Id[]): Promise<void> {
  const codings = (await db.codings.bulkGet(ids)).filter((c): c is Coding => c !== undefined);
  const memos: Memo[] = await db.memos
    .where('[targetKind+targetId]')
    .anyOf(ids.map((id) => ['coding', id]))
    .toArray();
  await applyPlanned(rec, planRemoveCodings({ codings, memos, ...(await takenFromCodings(db, codings)) }, planContext()));
}

/** Meaning units and theme quotes that name one of these codings (theme quotes found through their sources). */
export async function takenFromCodings(db: KodebokDb, codings: readonly Coding[]): Promise<TakenFromCodings> {
  const ids = new Set(codings.map((c) => c.id));
  const sourceIds = [...new Set(codings.map((c) => c.sourceId))];
  const [meaningUnits, quotes] = await Promise.all([
    db.meaningUnits.where('codingId').anyOf([...ids]).toArray(),
    db.themeQuotes.where('sourceId').anyOf(sourceIds).toArray(),
  ]);
  return { meaningUnits, themeQuotes: quotes.filter((q) => q.codingId !== null && ids.has(q.codingId)) };
}

export async function removeCodings(history: History, input: { ids: Id[] }): Promise<void> {
  return history.run({ key: 'removeCodings', values: { count: input.ids.length } }, (rec) =>
    removeCodingsWith(history.db, rec, input.ids),
  );
}

export async function resizeCoding(history: History, input: { id: Id; start: number; end: number }): Promise<Coding> {
  checkCodingRange(input.start, input.end);
  return history.run({ key: 'resizeCoding' }, async (rec) =>
    applyPlanned(rec, planResizeCoding(await history.db.codings.get(input.id), input, planContext())),
  );
}

/** Gives a coding another code (drag a code onto a highlight, or "change code" in its menu). */
export async function recodeCoding(history: History, input: { id: Id; codeId: Id; codeName: string }): Promise<Coding> {
  return history.run({ key: 'recodeCoding', values: { code: input.codeName } }, async (rec) =>
    applyPlanned(rec, planRecodeCoding(await history.db.codings.get(input.id), input, planContext())),
  );
}
