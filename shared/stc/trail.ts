import type { AnalyticText, CodeGroup, GoldenQuote, Id, MeaningUnit, Subgroup } from '../model';
import { byOrder, type StcRows } from './rows';

/** Where a piece of the trail points in the source: UTF-16 offsets into its current text, end exclusive. */
export interface SourceSpan {
  sourceId: Id;
  start: number;
  end: number;
}

export interface TrailSubgroup {
  subgroup: Subgroup;
  /** The condensate's plain text (the Lexical state is on the subgroup). */
  condensate: string;
  goldenQuotes: (SourceSpan & { quote: GoldenQuote })[];
  meaningUnits: (SourceSpan & { unit: MeaningUnit })[];
}

/** From an analytic text down to the source: group → subgroups (condensates) → golden quotes and meaning units → offsets. */
export interface Trail {
  analyticText: AnalyticText;
  codeGroup: CodeGroup;
  subgroups: TrailSubgroup[];
  /** Units in the group not yet sorted into a subgroup. */
  unsorted: (SourceSpan & { unit: MeaningUnit })[];
}

const span = (r: SourceSpan): SourceSpan => ({ sourceId: r.sourceId, start: r.start, end: r.end });
const inText = (a: MeaningUnit, b: MeaningUnit) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end);

/** The trail of an analytic text; null when the text (or its group) is gone. */
export function trail(rows: StcRows, analyticTextId: Id): Trail | null {
  const analyticText = rows.analyticTexts.find((t) => t.id === analyticTextId);
  const codeGroup = analyticText && rows.codeGroups.find((g) => g.id === analyticText.codeGroupId);
  if (!analyticText || !codeGroup) return null;
  return { analyticText, codeGroup, ...groupTrail(rows, codeGroup.id) };
}

/** The part of the trail under one code group (also for a group that has no analytic text yet). */
export function groupTrail(rows: StcRows, codeGroupId: Id): Pick<Trail, 'subgroups' | 'unsorted'> {
  const units = new Map(rows.meaningUnits.map((u) => [u.id, u]));
  const placements = rows.placements.filter((p) => p.codeGroupId === codeGroupId);
  const unitsWhere = (subgroupId: Id | null) =>
    placements
      .filter((p) => p.subgroupId === subgroupId)
      .flatMap((p) => {
        const unit = units.get(p.meaningUnitId);
        return unit ? [unit] : [];
      })
      .sort(inText)
      .map((unit) => ({ ...span(unit), unit }));
  const subgroups = byOrder(rows.subgroups.filter((s) => s.codeGroupId === codeGroupId)).map((subgroup) => ({
    subgroup,
    condensate: subgroup.plainText,
    goldenQuotes: byOrder(rows.goldenQuotes.filter((q) => q.subgroupId === subgroup.id)).map((quote) => ({ ...span(quote), quote })),
    meaningUnits: unitsWhere(subgroup.id),
  }));
  return { subgroups, unsorted: unitsWhere(null) };
}

/** One place a meaning unit is used: a code group, maybe a subgroup there, its quotes there, the group's analytic text. */
export interface TrailUse {
  codeGroup: CodeGroup;
  subgroup: Subgroup | null;
  goldenQuotes: GoldenQuote[];
  analyticText: AnalyticText | null;
}

export interface TrailBack {
  meaningUnit: MeaningUnit;
  source: SourceSpan;
  /** In code group order. */
  uses: TrailUse[];
}

/** The trail back up from a meaning unit: which groups, subgroups, golden quotes and analytic texts use it; null when it is gone. */
export function trailFrom(rows: StcRows, meaningUnitId: Id): TrailBack | null {
  const meaningUnit = rows.meaningUnits.find((u) => u.id === meaningUnitId);
  if (!meaningUnit) return null;
  const groups = new Map(rows.codeGroups.map((g) => [g.id, g]));
  const uses = rows.placements
    .filter((p) => p.meaningUnitId === meaningUnitId && groups.has(p.codeGroupId))
    .map((p) => {
      const subgroup = rows.subgroups.find((s) => s.id === p.subgroupId) ?? null;
      return {
        codeGroup: groups.get(p.codeGroupId)!,
        subgroup,
        goldenQuotes: subgroup ? byOrder(rows.goldenQuotes.filter((q) => q.subgroupId === subgroup.id && q.meaningUnitId === meaningUnitId)) : [],
        analyticText: rows.analyticTexts.find((t) => t.codeGroupId === p.codeGroupId) ?? null,
      };
    })
    .sort((a, b) => a.codeGroup.order - b.codeGroup.order || (a.codeGroup.id < b.codeGroup.id ? -1 : 1));
  return { meaningUnit, source: span(meaningUnit), uses };
}
