import type { Id, MeaningUnit, ThemeQuote, Write } from '../model';

/** The analysis rows that may name a coding they were taken from. */
export interface TakenFromCodings {
  meaningUnits: MeaningUnit[];
  themeQuotes: ThemeQuote[];
}

/**
 * When codings go, what was taken from them stays: a meaning unit or theme quote keeps its own
 * source offsets, so it still shows its words. It only stops naming the coding: `codingId` becomes
 * the coding that replaces it (a merge keeps one of two identical codings) or null. Rows naming a
 * coding that stays are left alone.
 */
export function detachFromCodings(rows: TakenFromCodings, replaced: ReadonlyMap<Id, Id | null>, now: string): Write[] {
  const writes: Write[] = [];
  const detach = (table: 'meaningUnits' | 'themeQuotes', row: MeaningUnit | ThemeQuote) => {
    if (row.codingId === null || !replaced.has(row.codingId)) return;
    const codingId = replaced.get(row.codingId) ?? null;
    writes.push({ op: 'update', table, projectId: row.projectId, key: row.id, patch: { codingId, updatedAt: now } });
  };
  for (const unit of rows.meaningUnits) detach('meaningUnits', unit);
  for (const quote of rows.themeQuotes) detach('themeQuotes', quote);
  return writes;
}

/** Every removed coding replaced by nothing. */
export function goneCodings(ids: readonly Id[]): Map<Id, null> {
  return new Map(ids.map((id) => [id, null]));
}
