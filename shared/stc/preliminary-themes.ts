import type { Id, PlanContext, Planned, PreliminaryTheme, Write } from '../model';
import { reorderWrites } from './order';
import type { StcRows } from './rows';
import { cleanStcName, stcMissing } from './stc-error';

type ThemeRows = Pick<StcRows, 'projectId' | 'preliminaryThemes'>;

function themeOrMissing(rows: ThemeRows, id: Id): PreliminaryTheme {
  const theme = rows.preliminaryThemes.find((t) => t.id === id);
  if (!theme) throw stcMissing('preliminaryTheme');
  return theme;
}

/** Notes a preliminary theme (step 1) at the end of the list. */
export function planAddPreliminaryTheme(
  rows: ThemeRows,
  input: { name: string; note?: string; authorId: Id },
  at: PlanContext,
): Planned<PreliminaryTheme> {
  const order = rows.preliminaryThemes.reduce((max, t) => Math.max(max, t.order + 1), 0);
  const row: PreliminaryTheme = {
    id: at.newId(),
    projectId: rows.projectId,
    name: cleanStcName(input.name),
    note: input.note ?? '',
    order,
    authorId: input.authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'preliminaryThemes', projectId: rows.projectId, row }], value: row };
}

function patchTheme(rows: ThemeRows, id: Id, patch: Partial<PreliminaryTheme>, at: PlanContext): Planned<PreliminaryTheme> {
  const theme = themeOrMissing(rows, id);
  const full = { ...patch, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'preliminaryThemes', projectId: rows.projectId, key: id, patch: full }], value: { ...theme, ...full } };
}

export function planRenamePreliminaryTheme(rows: ThemeRows, input: { id: Id; name: string }, at: PlanContext): Planned<PreliminaryTheme> {
  return patchTheme(rows, input.id, { name: cleanStcName(input.name) }, at);
}

export function planEditPreliminaryThemeNote(rows: ThemeRows, input: { id: Id; note: string }, at: PlanContext): Planned<PreliminaryTheme> {
  return patchTheme(rows, input.id, { note: input.note }, at);
}

/** Deletes a preliminary theme; code groups derived from it keep their units and just forget it. */
export function planDeletePreliminaryTheme(
  rows: Pick<StcRows, 'projectId' | 'preliminaryThemes' | 'codeGroups'>,
  input: { id: Id },
  at: PlanContext,
): Planned<null> {
  themeOrMissing(rows, input.id);
  const writes: Write[] = [{ op: 'delete', table: 'preliminaryThemes', projectId: rows.projectId, key: input.id }];
  for (const group of rows.codeGroups) {
    if (!group.themeIds.includes(input.id)) continue;
    const patch = { themeIds: group.themeIds.filter((t) => t !== input.id), updatedAt: at.now };
    writes.push({ op: 'update', table: 'codeGroups', projectId: rows.projectId, key: group.id, patch });
  }
  return { writes, value: null };
}

/** Puts the preliminary themes in the order given (every theme, once). */
export function planReorderPreliminaryThemes(rows: ThemeRows, input: { ids: Id[] }, at: PlanContext): Planned<null> {
  return { writes: reorderWrites('preliminaryThemes', rows.projectId, rows.preliminaryThemes, input.ids, at.now), value: null };
}
