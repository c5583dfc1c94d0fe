import type { Code, Id } from '../../../shared/model';
import { codeMissing, type CodeFields } from '../../../shared/codebook/codebook-error';
import { planCreateCode, planDeleteCode, planMoveCode, planUpdateCode, codesToDelete, cleanCodePatch, type CodeImpact, type DeleteCodeRows } from '../../../shared/codebook/plan-code';
import { takenFromCodings } from './codings';
import { planMergeCodes, type MergeResult } from '../../../shared/codebook/merge';
import { planSplitCode } from '../../../shared/codebook/split';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

/**
 * Codebook commands: each reads the rows it needs, lets a pure plan in shared/codebook decide
 * (plan-code.ts, merge.ts, split.ts), and applies the writes as one undoable step (History.run).
 * A code's name for the step's label is read in the step's turn in the queue (a label function):
 * reading it before queueing would let an undo pressed meanwhile slip in ahead of the step.
 */

export { CodebookError, maxPinnedCodes, type CodebookProblem, type CodeFields } from '../../../shared/codebook/codebook-error';
export type { CodeImpact } from '../../../shared/codebook/plan-code';
export type { MergeResult } from '../../../shared/codebook/merge';

function projectCodes(db: KodebokDb, projectId: Id): Promise<Code[]> {
  return db.codes.where('projectId').equals(projectId).toArray();
}

async function codeOrMissing(db: KodebokDb, id: Id): Promise<Code> {
  const code = await db.codes.get(id);
  if (!code) throw codeMissing();
  return code;
}

/** Creates a code at the end of its parent's sub-codes (parentId null: top level). */
export async function createCode(
  history: History,
  input: { projectId: Id; parentId: Id | null; fields: Partial<CodeFields> & { name: string } },
): Promise<Code> {
  const { db } = history;
  const name = cleanCodePatch({ name: input.fields.name }).name!;
  return history.run({ key: 'createCode', values: { code: name } }, async (rec) =>
    applyPlanned(rec, planCreateCode(await projectCodes(db, input.projectId), input, planContext())),
  );
}

/**
 * Edits a code's name, short name, colour, criteria or pin. Edits of the same fields of the same
 * code in quick succession (typing in the definition, saved as you go) become one undo step.
 */
export async function updateCode(history: History, input: { id: Id; patch: Partial<CodeFields> }): Promise<Code> {
  const { db } = history;
  const clean = cleanCodePatch(input.patch);
  return history.run(
    async () => ({ key: 'updateCode', values: { code: clean.name ?? (await codeOrMissing(db, input.id)).name } }),
    async (rec) => {
      const code = await codeOrMissing(db, input.id);
      return applyPlanned(rec, planUpdateCode(await projectCodes(db, code.projectId), input, planContext()));
    },
    { coalesceKey: `code:${input.id}:${Object.keys(clean).sort().join(',')}` },
  );
}

/**
 * Moves a code under another (null: to the top level) to a position among its new siblings, and
 * renumbers the old and the new siblings. Refused when the new parent is the code itself or one of
 * its sub-codes.
 */
export async function moveCode(history: History, input: { id: Id; parentId: Id | null; index: number }): Promise<Code> {
  const { db } = history;
  return history.run(async () => ({ key: 'moveCode', values: { code: (await codeOrMissing(db, input.id)).name } }), async (rec) => {
    const code = await codeOrMissing(db, input.id);
    return applyPlanned(rec, planMoveCode(await projectCodes(db, code.projectId), input, planContext()));
  });
}

async function impactRows(db: KodebokDb, code: Code): Promise<DeleteCodeRows> {
  const codes = await projectCodes(db, code.projectId);
  const ids = codesToDelete(codes, code.id);
  const codings = await db.codings.where('codeId').anyOf(ids).toArray();
  const codingIds = codings.map((c) => c.id);
  const memoIds = (await db.memos
    .where('[targetKind+targetId]')
    .anyOf([...ids.map((i) => ['code', i]), ...codingIds.map((i) => ['coding', i])])
    .primaryKeys()) as Id[];
  const themeCodes = await db.themeCodes.where('codeId').anyOf(ids).toArray();
  return { codes, codingIds, memoIds, themeCodes, ...(await takenFromCodings(db, codings)) };
}

/** What deleting a code would take with it: said in the confirmation before anything goes. */
export async function deletionImpact(db: KodebokDb, id: Id): Promise<CodeImpact> {
  const code = await db.codes.get(id);
  if (!code) return { codes: 0, codings: 0, memos: 0, themes: 0 };
  return planDeleteCode(await impactRows(db, code), { id }, planContext()).value;
}

/** Deletes a code with its sub-codes, all their codings and the memos on any of them: one step. */
export async function deleteCode(history: History, input: { id: Id }): Promise<CodeImpact> {
  const { db } = history;
  return history.run(async () => ({ key: 'deleteCode', values: { code: (await codeOrMissing(db, input.id)).name } }), async (rec) => {
    const code = await codeOrMissing(db, input.id);
    return applyPlanned(rec, planDeleteCode(await impactRows(db, code), input, planContext()));
  });
}

/**
 * Merges code `fromId` into `intoId` (see planMergeCodes): codings, sub-codes and memos move, the
 * code goes. One undoable step. `memoHeading` names the merged code above its carried memo.
 */
export async function mergeCodes(
  history: History,
  input: { fromId: Id; intoId: Id; memoHeading?: (fromName: string) => string },
): Promise<MergeResult> {
  const { db } = history;
  const { fromId, intoId } = input;
  const label = async () => {
    const [fromNow, intoNow] = [await codeOrMissing(db, fromId), await codeOrMissing(db, intoId)];
    return { key: 'mergeCodes', values: { from: fromNow.name, into: intoNow.name } };
  };
  return history.run(label, async (rec) => {
    const from = await codeOrMissing(db, fromId);
    const codes = await projectCodes(db, from.projectId);
    const codings = await db.codings.where('codeId').anyOf([fromId, intoId]).toArray();
    const memos = await db.memos
      .where('[targetKind+targetId]')
      .anyOf([['code', fromId], ['code', intoId], ...codings.map((c) => ['coding', c.id])])
      .toArray();
    const memoHeading = input.memoHeading?.(from.name) ?? `— ${from.name} —`;
    const themeCodes = await db.themeCodes.where('codeId').anyOf([fromId, intoId]).toArray();
    const taken = await takenFromCodings(db, codings.filter((c) => c.codeId === fromId));
    const rows = { codes, codings, memos, themeCodes, ...taken };
    return applyPlanned(rec, planMergeCodes(rows, { fromId, intoId, memoHeading }, planContext()));
  });
}

/**
 * Splits a code: the chosen codings move to a new code placed right after it among its siblings,
 * with the next colour of the palette. Refused when no coding is chosen.
 */
export async function splitCode(history: History, input: { codeId: Id; codingIds: Iterable<Id>; name: string }): Promise<Code> {
  const { db } = history;
  const chosen = [...input.codingIds];
  const name = cleanCodePatch({ name: input.name }).name!;
  return history.run({ key: 'splitCode', values: { code: name } }, async (rec) => {
    const code = await codeOrMissing(db, input.codeId);
    const codes = await projectCodes(db, code.projectId);
    const codings = await db.codings.where('codeId').equals(code.id).toArray();
    return applyPlanned(rec, planSplitCode({ codes, codings }, { ...input, codingIds: chosen }, planContext()));
  });
}
