import type { AnalyticText, CodeGroup, GoldenQuote, Id, PlanContext, Planned, Write } from '../model';
import { needsConfirmation, type Confirmable } from './confirmation';
import { reorderWrites } from './order';
import { byOrder, type StcRows } from './rows';
import { cleanStcName, StcError, stcMissing } from './stc-error';

export function codeGroupOrMissing(rows: Pick<StcRows, 'codeGroups'>, id: Id): CodeGroup {
  const group = rows.codeGroups.find((g) => g.id === id);
  if (!group) throw stcMissing('codeGroup');
  return group;
}

/** The order a new group gets: after every group there is. */
export function nextGroupOrder(rows: Pick<StcRows, 'codeGroups'>): number {
  return rows.codeGroups.reduce((max, g) => Math.max(max, g.order + 1), 0);
}

/**
 * Creates a code group (step 2), optionally derived from preliminary themes: without a name of its
 * own it is named after them ("Skam / Tillit").
 */
export function planCreateCodeGroup(
  rows: Pick<StcRows, 'projectId' | 'codeGroups' | 'preliminaryThemes'>,
  input: { name?: string; themeIds?: Id[]; authorId: Id },
  at: PlanContext,
): Planned<CodeGroup> {
  const themeIds = [...new Set(input.themeIds ?? [])];
  const themes = themeIds.map((id) => {
    const theme = rows.preliminaryThemes.find((t) => t.id === id);
    if (!theme) throw stcMissing('preliminaryTheme');
    return theme;
  });
  const name = input.name?.trim() ? input.name : byOrder(themes).map((t) => t.name).join(' / ');
  const group: CodeGroup = {
    id: at.newId(),
    projectId: rows.projectId,
    name: cleanStcName(name),
    order: nextGroupOrder(rows),
    themeIds,
    authorId: input.authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'codeGroups', projectId: rows.projectId, row: group }], value: group };
}

export function planRenameCodeGroup(rows: Pick<StcRows, 'projectId' | 'codeGroups'>, input: { id: Id; name: string }, at: PlanContext): Planned<CodeGroup> {
  const group = codeGroupOrMissing(rows, input.id);
  const patch = { name: cleanStcName(input.name), updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'codeGroups', projectId: rows.projectId, key: group.id, patch }], value: { ...group, ...patch } };
}

/** What deleting a group took with it. */
export interface GroupDeleted {
  placements: number;
  subgroups: number;
  quotes: GoldenQuote[];
}

/**
 * Deletes a code group with its placements (the meaning units stay, maybe unsorted again), its
 * subgroups and its analytic text. When it has golden quotes or a written analytic text, the
 * answer names them and nothing is written, unless `confirmQuotes`.
 */
export function planDeleteCodeGroup(
  rows: Pick<StcRows, 'projectId' | 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes' | 'analyticTexts'>,
  input: { id: Id; confirmQuotes?: boolean },
): Planned<Confirmable<GroupDeleted>> {
  const group = codeGroupOrMissing(rows, input.id);
  const subgroupIds = new Set(rows.subgroups.filter((s) => s.codeGroupId === group.id).map((s) => s.id));
  const quotes = rows.goldenQuotes.filter((q) => subgroupIds.has(q.subgroupId));
  const texts = rows.analyticTexts.filter((t) => t.codeGroupId === group.id);
  const written = texts.filter(hasWriting);
  if ((quotes.length > 0 || written.length > 0) && !input.confirmQuotes) return { writes: [], value: needsConfirmation(quotes, written) };
  const placements = rows.placements.filter((p) => p.codeGroupId === group.id);
  const del = (table: 'goldenQuotes' | 'placements' | 'subgroups' | 'analyticTexts' | 'codeGroups', key: Id): Write => ({
    op: 'delete',
    table,
    projectId: rows.projectId,
    key,
  });
  const writes: Write[] = [
    ...quotes.map((q) => del('goldenQuotes', q.id)),
    ...placements.map((p) => del('placements', p.id)),
    ...[...subgroupIds].map((id) => del('subgroups', id)),
    ...texts.map((t) => del('analyticTexts', t.id)),
    del('codeGroups', group.id),
  ];
  return { writes, value: { status: 'done', value: { placements: placements.length, subgroups: subgroupIds.size, quotes } } };
}

/** An analytic text someone has written in (an empty one goes without asking). */
export function hasWriting(text: AnalyticText): boolean {
  return text.heading.trim() !== '' || text.plainText.trim() !== '' || text.theory.trim() !== '' || text.recontextualised.length > 0;
}

export function planReorderCodeGroups(rows: Pick<StcRows, 'projectId' | 'codeGroups'>, input: { ids: Id[] }, at: PlanContext): Planned<null> {
  return { writes: reorderWrites('codeGroups', rows.projectId, rows.codeGroups, input.ids, at.now), value: null };
}

export function sameGroup(): StcError {
  return new StcError('same-group');
}
