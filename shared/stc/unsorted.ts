import type { MeaningUnit } from '../model';
import type { StcRows } from './rows';

/** Meaning units in no code group yet (step 2's "unsorted" list), in source order then by position. */
export function unsortedUnits(rows: Pick<StcRows, 'sources' | 'meaningUnits' | 'placements'>): MeaningUnit[] {
  const placed = new Set(rows.placements.map((p) => p.meaningUnitId));
  const sourceIndex = new Map(rows.sources.map((s, i) => [s.id, i]));
  return rows.meaningUnits
    .filter((u) => !placed.has(u.id))
    .sort((a, b) => (sourceIndex.get(a.sourceId) ?? 0) - (sourceIndex.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end);
}
