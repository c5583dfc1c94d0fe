import type { Code, Id } from '../../../shared/model';
import { codeMissing, type CodeFields } from '../../../shared/codebook/codebook-error';
import { planCreateCode, planDeleteCode, planMoveCode, planUpdateCode, codesToDelete, cleanCodePatch, type CodeImpact } from '../../../shared/codebook/plan-code';
import { planMergeCodes, type MergeResult } from '../../../shared/codebook/merge';
import { planSplitCode } from '../../../shared/codebook/split';
import { planCodeMergedInThemes, planCodesDeletedFromThemes } from '../../../shared/thematic/codebook-changes';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

/**
 * Codebook commands: each reads the rows it needs, lets a pure plan in shared/codebook decide
 * (plan-code.ts, merge.ts, split.ts), and applies the writes as one undoable step (History.run).
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
  const current = await codeOrMissing(db, input.id);
  return history.run(
    { key: 'updateCode', values: { code: clean.name ?? current.name } },
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
  const current = await codeOrMissing(db, input.id);
  return history.run({ key: 'moveCode', values: { code: current.name } }, async (rec) => {
    const code = await codeOrMissing(db, input.id);
    return applyPlanned(rec, planMoveCode(await projectCodes(db, code.projectId), input, planContext()));
  });
}

async function impactRows(db: KodebokDb, code: Code) {
  const codes = await projectCodes(db, code.projectId);
  const ids = codesToDelete(codes, code.id);
  const codingIds = (await db.codings.where('codeId').anyOf(ids).primaryKeys()) as Id[];
  const memoIds = (await db.memos
    .where('[targetKind+targetId]')
    .anyOf([...ids.map((i) => ['code', i]), ...codingIds.map((i) => ['coding', i])])
    .primaryKeys()) as Id[];
  return { codes, codingIds, memoIds };
}

/** What deleting a code would take with it: said in the confirmation before anything goes. */
export async function deletionImpact(db: KodebokDb, id: Id): Promise<CodeImpact> {
  const code = await db.codes.get(id);
  if (!code) return { codes: 0, codings: 0, memos: 0 };
  return planDeleteCode(await impactRows(db, code), { id }).value;
}

/** Deletes a code with its sub-codes, all their codings and the memos on any of them: one step. */
export async function deleteCode(history: History, input: { id: Id }): Promise<CodeImpact> {
  const { db } = history;
  const current = await codeOrMissing(db, input.id);
  return history.run({ key: 'deleteCode', values: { code: current.name } }, async (rec) => {
    const code = await codeOrMissing(db, input.id);
    const rows = await impactRows(db, code);
    const planned = planDeleteCode(rows, input);
    // The deleted codes also leave the themes they were gathered into, in the same step.
    const codeIds = codesToDelete(rows.codes, code.id);
    const themeCodes = await db.themeCodes.where('codeId').anyOf(codeIds).toArray();
    const themeQuotes = await db.themeQuotes.where('projectId').equals(code.projectId).toArray();
    const leaving = planCodesDeletedFromThemes({ themeCodes, themeQuotes }, { codeIds, codingIds: rows.codingIds });
    return applyPlanned(rec, { ...planned, writes: [...leaving, ...planned.writes] });
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
  const [fromNow, intoNow] = [await codeOrMissing(db, fromId), await codeOrMissing(db, intoId)];
  return history.run({ key: 'mergeCodes', values: { from: fromNow.name, into: intoNow.name } }, async (rec) => {
    const from = await codeOrMissing(db, fromId);
    const codes = await projectCodes(db, from.projectId);
    const codings = await db.codings.where('codeId').anyOf([fromId, intoId]).toArray();
    const memos = await db.memos
      .where('[targetKind+targetId]')
      .anyOf([['code', fromId], ['code', intoId], ...codings.map((c) => ['coding', c.id])])
      .toArray();
    const memoHeading = input.memoHeading?.(from.name) ?? `— ${from.name} —`;
    const at = planContext();
    const planned = planMergeCodes({ codes, codings, memos }, { fromId, intoId, memoHeading }, at);
    // Themes that held the merged code hold the code it went into instead.
    const themeCodes = await db.themeCodes.where('codeId').anyOf([fromId, intoId]).toArray();
    const inThemes = planCodeMergedInThemes({ themeCodes }, { fromId, intoId }, at);
    return applyPlanned(rec, { ...planned, writes: [...inThemes, ...planned.writes] });
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
