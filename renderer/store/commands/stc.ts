import type { Id, MeaningUnit, Placement, PlanContext, Planned } from '../../../shared/model';
import type { StcRows } from '../../../shared/stc/rows';
import { planReopenStep, planStepState } from '../../../shared/stc/step-state';
import { planMarkRead, planMarkUnread } from '../../../shared/stc/read-marks';
import {
  planAddPreliminaryTheme,
  planDeletePreliminaryTheme,
  planEditPreliminaryThemeNote,
  planRenamePreliminaryTheme,
  planReorderPreliminaryThemes,
} from '../../../shared/stc/preliminary-themes';
import { planAddMeaningUnit, planDeleteMeaningUnit, planResizeMeaningUnit, planTakeInCodings, type TakenIn } from '../../../shared/stc/meaning-units';
import { planCreateCodeGroup, planDeleteCodeGroup, planRenameCodeGroup, planReorderCodeGroups } from '../../../shared/stc/code-groups';
import { planMergeCodeGroups } from '../../../shared/stc/merge-groups';
import { planSplitCodeGroup } from '../../../shared/stc/split-group';
import { planMoveToCodeGroup, planUnplace, sortIntoCodeGroups } from '../../../shared/stc/placements';
import {
  condense,
  planCreateSubgroup,
  planDeleteSubgroup,
  planRenameSubgroup,
  planReorderSubgroups,
  planSortIntoSubgroup,
} from '../../../shared/stc/subgroups';
import { planAddGoldenQuote, planRemoveGoldenQuote, planReorderGoldenQuotes } from '../../../shared/stc/golden-quotes';
import { planToggleRecontextualised, planWriteAnalyticText } from '../../../shared/stc/analytic-texts';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';
import { readStcRows } from '../repositories/stc-rows';

/**
 * STC commands (issue #13): each reads the project's STC rows, lets a pure plan in shared/stc
 * decide, and applies its writes as ONE undoable step labelled `history.stc.<command>`. Plans that
 * would take golden quotes with them answer `{ status: 'confirm', quotes, analyticTexts }` and
 * write nothing (no undo step); the screen asks, then calls again with `confirmQuotes: true`.
 * Refusals are thrown as StcError (translate `stc.error.<problem>`).
 */

export { StcError, type StcProblem } from '../../../shared/stc/stc-error';
export type { Confirmable, NeedsConfirmation } from '../../../shared/stc/confirmation';

type Plan<I, T> = (rows: StcRows, input: I, at: PlanContext) => Planned<T>;

/** A command over one project: `input.projectId` names it. */
export type StcCommand<I, T> = (history: History, input: I & { projectId: Id }) => Promise<T>;

function stcCommand<I, T>(key: string, plan: Plan<I, T>, coalesce?: (input: I) => string): StcCommand<I, T> {
  return (history, input) =>
    history.run(
      { key: `stc.${key}` },
      async (rec) => applyPlanned(rec, plan(await readStcRows(history.db, input.projectId), input, planContext())),
      coalesce ? { coalesceKey: coalesce(input) } : {},
    );
}

// Step states and reading (step 1).
export const setStepState = stcCommand('setStepState', planStepState);
export const reopenStep = stcCommand('reopenStep', planReopenStep);
export const markRead = stcCommand('markRead', planMarkRead);
export const markUnread = stcCommand('markUnread', planMarkUnread);

// Preliminary themes (step 1).
export const addPreliminaryTheme = stcCommand('addPreliminaryTheme', planAddPreliminaryTheme);
export const renamePreliminaryTheme = stcCommand('renamePreliminaryTheme', planRenamePreliminaryTheme);
export const editPreliminaryThemeNote = stcCommand('editPreliminaryThemeNote', planEditPreliminaryThemeNote, (i) => `stc-theme-note:${i.id}`);
export const deletePreliminaryTheme = stcCommand('deletePreliminaryTheme', planDeletePreliminaryTheme);
export const reorderPreliminaryThemes = stcCommand('reorderPreliminaryThemes', planReorderPreliminaryThemes);

// Meaning units (step 2).
export const addMeaningUnit = stcCommand('addMeaningUnit', planAddMeaningUnit);
export const resizeMeaningUnit = stcCommand('resizeMeaningUnit', planResizeMeaningUnit);
export const deleteMeaningUnit = stcCommand('deleteMeaningUnit', planDeleteMeaningUnit);

/**
 * Takes codings in as meaning units (existing stretches reused) and, when a code group is named,
 * sorts them all into it: one step.
 */
export async function takeInCodings(
  history: History,
  input: { projectId: Id; codingIds: Id[]; authorId: Id; codeGroupId?: Id },
): Promise<TakenIn & { placements: Placement[] }> {
  const { db } = history;
  return history.run({ key: 'stc.takeInCodings', values: { count: input.codingIds.length } }, async (rec) => {
    const codings = (await db.codings.bulkGet(input.codingIds)).filter((c) => c !== undefined && c.projectId === input.projectId);
    const at = planContext();
    const taken = await applyPlanned(rec, planTakeInCodings(await readStcRows(db, input.projectId), { codings: codings.map((c) => c!), authorId: input.authorId }, at));
    if (!input.codeGroupId || taken.units.length === 0) return { ...taken, placements: [] };
    const unitIds = taken.units.map((u: MeaningUnit) => u.id);
    const placements = await applyPlanned(rec, sortIntoCodeGroups(await readStcRows(db, input.projectId), { unitIds, codeGroupId: input.codeGroupId }, at));
    return { ...taken, placements };
  });
}

// Code groups and placements (step 2).
export const createCodeGroup = stcCommand('createCodeGroup', planCreateCodeGroup);
export const renameCodeGroup = stcCommand('renameCodeGroup', planRenameCodeGroup);
export const deleteCodeGroup = stcCommand('deleteCodeGroup', planDeleteCodeGroup);
export const reorderCodeGroups = stcCommand('reorderCodeGroups', planReorderCodeGroups);
export const mergeCodeGroups = stcCommand('mergeCodeGroups', planMergeCodeGroups);
export const splitCodeGroup = stcCommand('splitCodeGroup', planSplitCodeGroup);
export const sortUnitsIntoCodeGroup = stcCommand('sortIntoCodeGroup', sortIntoCodeGroups);
export const unplaceUnit = stcCommand('unplaceUnit', planUnplace);
export const moveUnitToCodeGroup = stcCommand('moveUnitToCodeGroup', planMoveToCodeGroup);

// Subgroups, condensates and golden quotes (step 3).
export const createSubgroup = stcCommand('createSubgroup', planCreateSubgroup);
export const renameSubgroup = stcCommand('renameSubgroup', planRenameSubgroup);
export const deleteSubgroup = stcCommand('deleteSubgroup', planDeleteSubgroup);
export const reorderSubgroups = stcCommand('reorderSubgroups', planReorderSubgroups);
export const sortUnitsIntoSubgroup = stcCommand('sortIntoSubgroup', planSortIntoSubgroup);
/** Saves a condensate; saves of the same condensate close together are one undo step, like typing. */
export const saveCondensate = stcCommand('saveCondensate', condense, (i) => `stc-condensate:${i.subgroupId}`);
export const addGoldenQuote = stcCommand('addGoldenQuote', planAddGoldenQuote);
export const removeGoldenQuote = stcCommand('removeGoldenQuote', planRemoveGoldenQuote);
export const reorderGoldenQuotes = stcCommand('reorderGoldenQuotes', planReorderGoldenQuotes);

// Analytic texts (step 4).
/** Saves an analytic text's heading, text or theory; typing in one field is one undo step. */
export const writeAnalyticText = stcCommand(
  'writeAnalyticText',
  planWriteAnalyticText,
  (i) => `stc-analytic:${i.codeGroupId}:${['heading', 'content', 'theory'].filter((k) => k in i).join(',')}`,
);
export const toggleRecontextualised = stcCommand('toggleRecontextualised', planToggleRecontextualised);
