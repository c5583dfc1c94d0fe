import type { CodeGroup, GoldenQuote, Id, PlanContext, Planned, Write } from '../model';
import { codeGroupOrMissing, nextGroupOrder } from './code-groups';
import { needsConfirmation, type Confirmable } from './confirmation';
import { deleteQuoteWrites, orphanedQuotes } from './orphans';
import type { StcRows } from './rows';
import { cleanStcName, StcError } from './stc-error';

export interface GroupSplit {
  group: CodeGroup;
  quotes: GoldenQuote[];
}

/**
 * Splits a code group: the chosen subgroups (with their units, condensates and golden quotes) and
 * the chosen meaning units move to a new group that keeps the old group's preliminary themes. A
 * chosen unit sorted into a subgroup that stays moves unsorted; if it was a golden quote there,
 * that asks first (`confirmQuotes`). The analytic text stays with the old group.
 */
export function planSplitCodeGroup(
  rows: Pick<StcRows, 'projectId' | 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes'>,
  input: { codeGroupId: Id; name: string; unitIds?: Id[]; subgroupIds?: Id[]; authorId: Id; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<GroupSplit>> {
  const old = codeGroupOrMissing(rows, input.codeGroupId);
  const name = cleanStcName(input.name);
  const subgroupIds = new Set(input.subgroupIds ?? []);
  const unitIds = new Set(input.unitIds ?? []);
  if (subgroupIds.size === 0 && unitIds.size === 0) throw new StcError('nothing-chosen');
  const own = rows.placements.filter((p) => p.codeGroupId === old.id);
  const ownUnits = new Set(own.map((p) => p.meaningUnitId));
  const ownSubgroups = new Set(rows.subgroups.filter((s) => s.codeGroupId === old.id).map((s) => s.id));
  if (![...unitIds].every((id) => ownUnits.has(id)) || ![...subgroupIds].every((id) => ownSubgroups.has(id))) throw new StcError('not-in-group');

  const group: CodeGroup = {
    id: at.newId(),
    projectId: rows.projectId,
    name,
    order: nextGroupOrder(rows),
    themeIds: [...old.themeIds],
    authorId: input.authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  const moving = own.flatMap((p) => {
    if (p.subgroupId !== null && subgroupIds.has(p.subgroupId)) return [{ id: p.id, patch: { codeGroupId: group.id } }];
    if (unitIds.has(p.meaningUnitId)) return [{ id: p.id, patch: { codeGroupId: group.id, subgroupId: null } }];
    return [];
  });
  const patchOf = new Map(moving.map((m) => [m.id, m.patch]));
  const lost = orphanedQuotes(rows, { placements: rows.placements.map((p) => ({ ...p, ...patchOf.get(p.id) })) });
  if (lost.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost) };

  const { projectId } = rows;
  const writes: Write[] = [
    { op: 'put', table: 'codeGroups', projectId, row: group },
    ...deleteQuoteWrites(projectId, lost),
    ...[...subgroupIds].map((key): Write => ({ op: 'update', table: 'subgroups', projectId, key, patch: { codeGroupId: group.id, updatedAt: at.now } })),
    ...moving.map((m): Write => ({ op: 'update', table: 'placements', projectId, key: m.id, patch: { ...m.patch, updatedAt: at.now } })),
  ];
  return { writes, value: { status: 'done', value: { group, quotes: lost } } };
}
