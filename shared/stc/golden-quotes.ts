import type { GoldenQuote, Id, PlanContext, Planned } from '../model';
import { reorderWrites } from './order';
import type { StcRows } from './rows';
import { StcError, stcMissing } from './stc-error';
import { subgroupOrMissing } from './subgroups';

/**
 * Chooses a golden quote for a subgroup (step 3): a meaning unit sorted into that subgroup, whole
 * or a stretch inside it (`start`/`end`, refused when outside the unit or empty). The quote keeps
 * its own source offsets so it can be shown in place and moves with typo fixes.
 */
export function planAddGoldenQuote(
  rows: Pick<StcRows, 'projectId' | 'meaningUnits' | 'subgroups' | 'placements' | 'goldenQuotes'>,
  input: { subgroupId: Id; meaningUnitId: Id; start?: number; end?: number; authorId: Id },
  at: PlanContext,
): Planned<GoldenQuote> {
  const subgroup = subgroupOrMissing(rows, input.subgroupId);
  const unit = rows.meaningUnits.find((u) => u.id === input.meaningUnitId);
  if (!unit) throw stcMissing('meaningUnit');
  if (!rows.placements.some((p) => p.meaningUnitId === unit.id && p.subgroupId === subgroup.id)) throw new StcError('not-in-group');
  const start = input.start ?? unit.start;
  const end = input.end ?? unit.end;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < unit.start || end > unit.end || end <= start) {
    throw new StcError('range-invalid', { start, end, length: unit.end });
  }
  const order = rows.goldenQuotes.filter((q) => q.subgroupId === subgroup.id).reduce((max, q) => Math.max(max, q.order + 1), 0);
  const row: GoldenQuote = {
    id: at.newId(),
    projectId: rows.projectId,
    subgroupId: subgroup.id,
    meaningUnitId: unit.id,
    sourceId: unit.sourceId,
    start,
    end,
    order,
    authorId: input.authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'goldenQuotes', projectId: rows.projectId, row }], value: row };
}

export function planRemoveGoldenQuote(rows: Pick<StcRows, 'projectId' | 'goldenQuotes'>, input: { id: Id }): Planned<GoldenQuote> {
  const quote = rows.goldenQuotes.find((q) => q.id === input.id);
  if (!quote) throw stcMissing('goldenQuote');
  return { writes: [{ op: 'delete', table: 'goldenQuotes', projectId: rows.projectId, key: quote.id }], value: quote };
}

export function planReorderGoldenQuotes(
  rows: Pick<StcRows, 'projectId' | 'goldenQuotes'>,
  input: { subgroupId: Id; ids: Id[] },
  at: PlanContext,
): Planned<null> {
  const siblings = rows.goldenQuotes.filter((q) => q.subgroupId === input.subgroupId);
  return { writes: reorderWrites('goldenQuotes', rows.projectId, siblings, input.ids, at.now), value: null };
}
