import type { GoldenQuote, Id, Placement, PlanContext, Planned, Subgroup, Write } from '../model';
import { codeGroupOrMissing } from './code-groups';
import { needsConfirmation, type Confirmable } from './confirmation';
import { reorderWrites } from './order';
import { deleteQuoteWrites, orphanedQuotes } from './orphans';
import { newPlacement } from './placements';
import type { StcRows } from './rows';
import { cleanStcName, StcError, stcMissing } from './stc-error';

export function subgroupOrMissing(rows: Pick<StcRows, 'subgroups'>, id: Id): Subgroup {
  const subgroup = rows.subgroups.find((s) => s.id === id);
  if (!subgroup) throw stcMissing('subgroup');
  return subgroup;
}

/** Creates a subgroup (step 3) at the end of its code group's subgroups, with an empty condensate. */
export function planCreateSubgroup(
  rows: Pick<StcRows, 'projectId' | 'codeGroups' | 'subgroups'>,
  input: { codeGroupId: Id; name: string; authorId: Id },
  at: PlanContext,
): Planned<Subgroup> {
  const group = codeGroupOrMissing(rows, input.codeGroupId);
  const order = rows.subgroups.filter((s) => s.codeGroupId === group.id).reduce((max, s) => Math.max(max, s.order + 1), 0);
  const row: Subgroup = {
    id: at.newId(),
    projectId: rows.projectId,
    codeGroupId: group.id,
    name: cleanStcName(input.name),
    order,
    content: '',
    plainText: '',
    authorId: input.authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'subgroups', projectId: rows.projectId, row }], value: row };
}

function patchSubgroup(rows: Pick<StcRows, 'projectId' | 'subgroups'>, id: Id, patch: Partial<Subgroup>, at: PlanContext): Planned<Subgroup> {
  const subgroup = subgroupOrMissing(rows, id);
  const full = { ...patch, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'subgroups', projectId: rows.projectId, key: id, patch: full }], value: { ...subgroup, ...full } };
}

export function planRenameSubgroup(rows: Pick<StcRows, 'projectId' | 'subgroups'>, input: { id: Id; name: string }, at: PlanContext): Planned<Subgroup> {
  return patchSubgroup(rows, input.id, { name: cleanStcName(input.name) }, at);
}

/** Writes a subgroup's condensate: the artificial first-person quotation, as Lexical state and its plain text. */
export function condense(
  rows: Pick<StcRows, 'projectId' | 'subgroups'>,
  input: { subgroupId: Id; content: string; plainText: string },
  at: PlanContext,
): Planned<Subgroup> {
  return patchSubgroup(rows, input.subgroupId, { content: input.content, plainText: input.plainText }, at);
}

/**
 * Deletes a subgroup: its meaning units stay in the code group, unsorted into a subgroup. Its golden
 * quotes would go with it, so that asks first (`confirmQuotes`).
 */
export function planDeleteSubgroup(
  rows: Pick<StcRows, 'projectId' | 'subgroups' | 'placements' | 'goldenQuotes'>,
  input: { id: Id; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<GoldenQuote[]>> {
  const subgroup = subgroupOrMissing(rows, input.id);
  const quotes = rows.goldenQuotes.filter((q) => q.subgroupId === subgroup.id);
  if (quotes.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(quotes) };
  const writes: Write[] = [
    ...deleteQuoteWrites(rows.projectId, quotes),
    ...rows.placements
      .filter((p) => p.subgroupId === subgroup.id)
      .map((p): Write => ({ op: 'update', table: 'placements', projectId: rows.projectId, key: p.id, patch: { subgroupId: null, updatedAt: at.now } })),
    { op: 'delete', table: 'subgroups', projectId: rows.projectId, key: subgroup.id },
  ];
  return { writes, value: { status: 'done', value: quotes } };
}

export function planReorderSubgroups(
  rows: Pick<StcRows, 'projectId' | 'subgroups'>,
  input: { codeGroupId: Id; ids: Id[] },
  at: PlanContext,
): Planned<null> {
  const siblings = rows.subgroups.filter((s) => s.codeGroupId === input.codeGroupId);
  return { writes: reorderWrites('subgroups', rows.projectId, siblings, input.ids, at.now), value: null };
}

/**
 * Sorts meaning units into one subgroup of a code group (`subgroupId` null: back to unsorted within
 * the group). Units not yet in the group are placed in it. A unit leaving a subgroup where it is a
 * golden quote asks first (`confirmQuotes`); then the quote goes.
 */
export function planSortIntoSubgroup(
  rows: Pick<StcRows, 'projectId' | 'meaningUnits' | 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes'>,
  input: { codeGroupId: Id; subgroupId: Id | null; unitIds: Id[]; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<GoldenQuote[]>> {
  const group = codeGroupOrMissing(rows, input.codeGroupId);
  if (input.subgroupId !== null && subgroupOrMissing(rows, input.subgroupId).codeGroupId !== group.id) throw new StcError('not-in-group');
  if (input.unitIds.length === 0) throw new StcError('nothing-chosen');
  const known = new Set(rows.meaningUnits.map((u) => u.id));
  if (!input.unitIds.every((id) => known.has(id))) throw stcMissing('meaningUnit');
  const chosen = new Set(input.unitIds);
  const moved = rows.placements.filter((p) => p.codeGroupId === group.id && chosen.has(p.meaningUnitId) && p.subgroupId !== input.subgroupId);
  const placedHere = new Set(rows.placements.filter((p) => p.codeGroupId === group.id).map((p) => p.meaningUnitId));
  const after = rows.placements.map((p) => (moved.includes(p) ? { ...p, subgroupId: input.subgroupId } : p));
  const lost = orphanedQuotes(rows, { placements: after });
  if (lost.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost) };
  const added: Placement[] = [...chosen].filter((id) => !placedHere.has(id)).map((id) => newPlacement(rows.projectId, id, group.id, input.subgroupId, at));
  const writes: Write[] = [
    ...deleteQuoteWrites(rows.projectId, lost),
    ...moved.map((p): Write => ({ op: 'update', table: 'placements', projectId: rows.projectId, key: p.id, patch: { subgroupId: input.subgroupId, updatedAt: at.now } })),
    ...added.map((row): Write => ({ op: 'put', table: 'placements', projectId: rows.projectId, row })),
  ];
  return { writes, value: { status: 'done', value: lost } };
}

/** Malterud's guide, not a rule: a code group is usually condensed through 2–4 subgroups. */
export type SubgroupAdvice = 'none' | 'few' | 'good' | 'many';

export function subgroupAdvice(rows: Pick<StcRows, 'subgroups'>, codeGroupId: Id): SubgroupAdvice {
  const n = rows.subgroups.filter((s) => s.codeGroupId === codeGroupId).length;
  return n === 0 ? 'none' : n < 2 ? 'few' : n <= 4 ? 'good' : 'many';
}
