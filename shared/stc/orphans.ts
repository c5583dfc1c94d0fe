import type { GoldenQuote, Id, Placement, Write } from '../model';
import type { StcRows } from './rows';

/** What is left after a change, as far as golden quotes depend on it. */
export interface QuoteFooting {
  placements: readonly Pick<Placement, 'meaningUnitId' | 'subgroupId'>[];
  goneUnits?: ReadonlySet<Id>;
  goneSubgroups?: ReadonlySet<Id>;
}

/**
 * The golden quotes a change would leave without footing: their meaning unit or subgroup gone, or
 * the unit no longer sorted into the quote's subgroup. Worked out from the state after the change,
 * so every plan that moves or deletes asks the same question the same way.
 */
export function orphanedQuotes(rows: Pick<StcRows, 'goldenQuotes'>, after: QuoteFooting): GoldenQuote[] {
  const held = new Set(after.placements.filter((p) => p.subgroupId !== null).map((p) => `${p.meaningUnitId}|${p.subgroupId}`));
  return rows.goldenQuotes.filter(
    (q) => after.goneUnits?.has(q.meaningUnitId) || after.goneSubgroups?.has(q.subgroupId) || !held.has(`${q.meaningUnitId}|${q.subgroupId}`),
  );
}

export function deleteQuoteWrites(projectId: Id, quotes: readonly GoldenQuote[]): Write[] {
  return quotes.map((q) => ({ op: 'delete', table: 'goldenQuotes', projectId, key: q.id }));
}
