import type { GoldenQuote, Id, Placement, PlanContext, Planned, Write } from '../model';
import { codeGroupOrMissing, sameGroup } from './code-groups';
import { needsConfirmation, type Confirmable } from './confirmation';
import { deleteQuoteWrites, orphanedQuotes } from './orphans';
import type { StcRows } from './rows';
import { StcError, stcMissing } from './stc-error';

type PlacementRows = Pick<StcRows, 'projectId' | 'meaningUnits' | 'codeGroups' | 'placements' | 'goldenQuotes'>;

export function newPlacement(projectId: Id, meaningUnitId: Id, codeGroupId: Id, subgroupId: Id | null, at: PlanContext): Placement {
  return { id: at.newId(), projectId, meaningUnitId, codeGroupId, subgroupId, createdAt: at.now, updatedAt: at.now };
}

function checkUnits(rows: Pick<StcRows, 'meaningUnits'>, unitIds: readonly Id[]): void {
  if (unitIds.length === 0) throw new StcError('nothing-chosen');
  const known = new Set(rows.meaningUnits.map((u) => u.id));
  if (!unitIds.every((id) => known.has(id))) throw stcMissing('meaningUnit');
}

/**
 * Sorts meaning units into a code group. A unit may sit in several groups; one already in this
 * group stays as it is (no second placement). The value is the placements made.
 */
export function sortIntoCodeGroups(rows: PlacementRows, input: { unitIds: Id[]; codeGroupId: Id }, at: PlanContext): Planned<Placement[]> {
  checkUnits(rows, input.unitIds);
  const group = codeGroupOrMissing(rows, input.codeGroupId);
  const already = new Set(rows.placements.filter((p) => p.codeGroupId === group.id).map((p) => p.meaningUnitId));
  const made = [...new Set(input.unitIds)].filter((id) => !already.has(id)).map((id) => newPlacement(rows.projectId, id, group.id, null, at));
  return { writes: made.map((row) => ({ op: 'put', table: 'placements', projectId: rows.projectId, row })), value: made };
}

function placementOf(rows: Pick<StcRows, 'placements'>, meaningUnitId: Id, codeGroupId: Id): Placement {
  const placement = rows.placements.find((p) => p.meaningUnitId === meaningUnitId && p.codeGroupId === codeGroupId);
  if (!placement) throw new StcError('not-in-group');
  return placement;
}

/**
 * Takes a meaning unit out of a code group (the unit stays). A golden quote of the unit in one of
 * the group's subgroups would be left without footing: that asks first (`confirmQuotes`), then goes.
 */
export function planUnplace(
  rows: PlacementRows,
  input: { meaningUnitId: Id; codeGroupId: Id; confirmQuotes?: boolean },
): Planned<Confirmable<GoldenQuote[]>> {
  const placement = placementOf(rows, input.meaningUnitId, input.codeGroupId);
  const lost = orphanedQuotes(rows, { placements: rows.placements.filter((p) => p !== placement) });
  if (lost.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost) };
  return {
    writes: [...deleteQuoteWrites(rows.projectId, lost), { op: 'delete', table: 'placements', projectId: rows.projectId, key: placement.id }],
    value: { status: 'done', value: lost },
  };
}

/**
 * Moves a meaning unit from one code group to another (unsorted into a subgroup there; when it is
 * already in the target group, it simply leaves the first). Asks first when a golden quote of the
 * unit in the first group's subgroups would be orphaned.
 */
export function planMoveToCodeGroup(
  rows: PlacementRows,
  input: { meaningUnitId: Id; fromGroupId: Id; toGroupId: Id; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<GoldenQuote[]>> {
  if (input.fromGroupId === input.toGroupId) throw sameGroup();
  codeGroupOrMissing(rows, input.toGroupId);
  const placement = placementOf(rows, input.meaningUnitId, input.fromGroupId);
  const lost = orphanedQuotes(rows, { placements: rows.placements.filter((p) => p !== placement) });
  if (lost.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost) };
  const inTarget = rows.placements.some((p) => p.meaningUnitId === input.meaningUnitId && p.codeGroupId === input.toGroupId);
  const writes: Write[] = [...deleteQuoteWrites(rows.projectId, lost)];
  if (inTarget) writes.push({ op: 'delete', table: 'placements', projectId: rows.projectId, key: placement.id });
  else {
    const patch = { codeGroupId: input.toGroupId, subgroupId: null, updatedAt: at.now };
    writes.push({ op: 'update', table: 'placements', projectId: rows.projectId, key: placement.id, patch });
  }
  return { writes, value: { status: 'done', value: lost } };
}
