import type { Id } from '../model';
import { byOrder, type StcRows } from './rows';

/** How much material stands behind a group or subgroup: "12 meaning units from 6 of 8 interviews". */
export interface MaterialCount {
  meaningUnits: number;
  /** Distinct sources the units come from. */
  sources: number;
}

export interface CodeGroupCount extends MaterialCount {
  codeGroupId: Id;
  /** Units in the group not yet sorted into a subgroup. */
  unsortedInGroup: number;
  subgroups: (MaterialCount & { subgroupId: Id })[];
}

export interface StcCounts {
  /** Every source of the project: the "of 8" in "from 6 of 8 interviews". */
  totalSources: number;
  codeGroups: CodeGroupCount[];
}

function countOf(unitIds: Iterable<Id>, sourceOf: Map<Id, Id>): MaterialCount {
  const units = new Set(unitIds);
  const sources = new Set([...units].map((u) => sourceOf.get(u)).filter((s) => s !== undefined));
  return { meaningUnits: units.size, sources: sources.size };
}

/** Counts per code group and subgroup, in their order. */
export function codeGroupCounts(rows: Pick<StcRows, 'sources' | 'meaningUnits' | 'codeGroups' | 'subgroups' | 'placements'>): StcCounts {
  const sourceOf = new Map(rows.meaningUnits.map((u) => [u.id, u.sourceId]));
  const codeGroups = byOrder(rows.codeGroups).map((group) => {
    const placements = rows.placements.filter((p) => p.codeGroupId === group.id);
    const subgroups = byOrder(rows.subgroups.filter((s) => s.codeGroupId === group.id)).map((s) => ({
      subgroupId: s.id,
      ...countOf(
        placements.filter((p) => p.subgroupId === s.id).map((p) => p.meaningUnitId),
        sourceOf,
      ),
    }));
    return {
      codeGroupId: group.id,
      ...countOf(
        placements.map((p) => p.meaningUnitId),
        sourceOf,
      ),
      unsortedInGroup: placements.filter((p) => p.subgroupId === null).length,
      subgroups,
    };
  });
  return { totalSources: rows.sources.length, codeGroups };
}
