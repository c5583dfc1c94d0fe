import type { Code, Coding, PublishedTable, ReproduceCategory } from '../model';
import { codeCounts } from '../stats/code-counts';
import { categoryDefinitions, findCategoryCodes } from './categories';

/**
 * Why a computed count and a published one differ, or why a row needs a word (translated in the UI):
 * - `missing-code`: the project has no code for the category (renamed or deleted), so nothing is counted;
 * - `not-published`: no published value has been entered for the row;
 * - `overlap-counted-twice`: this row and the other parts of the same category add up to more than
 *   the category, because a sequence can carry several codes (10 + 23 > 31);
 * - `more-coded` / `fewer-coded`: the project has more / fewer sequences with the code than published.
 */
export type ReproduceExplanation =
  'missing-code' | 'not-published' | 'overlap-counted-twice' | 'more-coded' | 'fewer-coded';

export interface ReproduceRow {
  category: ReproduceCategory;
  partOf: ReproduceCategory | null;
  /** Sequences (sources) coded with the category's code or its sub-codes; null without the code. */
  computed: number | null;
  published: number | null;
  /** computed − published; null when either is missing. */
  difference: number | null;
  matches: boolean;
  explanations: ReproduceExplanation[];
}

export interface ReproduceTable {
  rows: ReproduceRow[];
  /** Every row has both values and they are equal. */
  allMatch: boolean;
}

/**
 * The study's table computed from the project's codings, beside the published values. The study
 * counted sequences: a source (one dialogue excerpt) counts once in a category however many codings
 * of the code or its sub-codes it carries, which is what `cli stats` prints as sources.
 */
export function reproduceTable(
  rows: { codes: readonly Code[]; codings: readonly Coding[] },
  published: PublishedTable,
): ReproduceTable {
  const codeOf = findCategoryCodes(rows.codes);
  const sourcesByCode = new Map(
    codeCounts([...rows.codes], [...rows.codings]).map((count) => [count.codeId, count.sources]),
  );
  const computedOf = (category: ReproduceCategory): number | null => {
    const codeId = codeOf.get(category);
    return codeId === undefined ? null : (sourcesByCode.get(codeId) ?? 0);
  };
  // A category whose computed parts add up to more than itself: its parts overlap.
  const overlapping = new Set<ReproduceCategory>();
  for (const whole of categoryDefinitions) {
    const total = computedOf(whole.category);
    const parts = categoryDefinitions.filter((d) => d.partOf === whole.category).map((d) => computedOf(d.category));
    if (total !== null && parts.length > 1 && parts.reduce<number>((sum, n) => sum + (n ?? 0), 0) > total)
      overlapping.add(whole.category);
  }
  const table = categoryDefinitions.map(({ category, partOf }): ReproduceRow => {
    const computed = computedOf(category);
    const value = published[category];
    const publishedValue = value === undefined ? null : value;
    const difference = computed === null || publishedValue === null ? null : computed - publishedValue;
    const explanations: ReproduceExplanation[] = [];
    if (computed === null) explanations.push('missing-code');
    if (publishedValue === null) explanations.push('not-published');
    if (partOf !== null && overlapping.has(partOf)) explanations.push('overlap-counted-twice');
    if (difference !== null && difference > 0) explanations.push('more-coded');
    if (difference !== null && difference < 0) explanations.push('fewer-coded');
    return {
      category,
      partOf,
      computed,
      published: publishedValue,
      difference,
      matches: difference === 0,
      explanations,
    };
  });
  return { rows: table, allMatch: table.every((row) => row.matches) };
}
