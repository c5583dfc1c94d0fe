import { reproduceTable, type ReproduceRow, type ReproduceTable } from '../reproduce';
import type { ReportBlock } from './blocks';
import { fillLabel, type ReportLabels } from './labels';
import type { ReportRows } from './rows';

/**
 * The study's table reproduced from the project's coding beside the published values saved with
 * the project (Analysis ▸ Reproduce), for the report; null when no published value is entered,
 * so a project that never used the Reproduce tab gets no such appendix.
 */
export function reportReproduceTable(rows: Pick<ReportRows, 'codes' | 'codings' | 'publishedTable'>): ReproduceTable | null {
  const published = rows.publishedTable;
  if (!published || Object.keys(published).length === 0) return null;
  return reproduceTable(rows, published);
}

/** Why a row differs, in words: the same reasons the Reproduce tab gives. */
function explain(row: ReproduceRow, table: ReproduceTable, labels: ReportLabels): string {
  const words = labels.reproduce;
  return row.explanations
    .map((code) => {
      if (code === 'overlap-counted-twice' && row.partOf !== null) {
        const parts = table.rows.filter((r) => r.partOf === row.partOf).map((r) => String(r.computed ?? 0));
        const whole = table.rows.find((r) => r.category === row.partOf)?.computed ?? 0;
        return fillLabel(words.explanation[code], { category: words.category[row.partOf], relation: `${parts.join(' + ')} > ${whole}` });
      }
      if (code === 'more-coded' || code === 'fewer-coded') {
        const count = Math.abs(row.difference ?? 0);
        return fillLabel(words.explanation[count === 1 ? (`${code}-one` as const) : code], { count });
      }
      return fillLabel(words.explanation[code], { category: words.category[row.category] });
    })
    .join(' ');
}

/** Appendix C: the table with every difference and its explanation, after a line saying whether it all matches. */
export function reproduceBlocks(table: ReproduceTable | null, labels: ReportLabels): ReportBlock[] {
  if (!table) return [];
  const words = labels.reproduce;
  const differing = table.rows.filter((r) => r.difference !== null && r.difference !== 0).length;
  const incomplete = table.rows.some((r) => r.published === null);
  const summary = [
    table.allMatch ? words.allMatch : differing === 1 ? words.someDifferOne : differing > 1 ? fillLabel(words.someDiffer, { count: differing }) : '',
    incomplete ? words.incomplete : '',
  ].filter(Boolean);
  const difference = (row: ReproduceRow) =>
    row.difference === null ? '' : row.difference === 0 ? words.match : `${row.difference > 0 ? '+' : '\u2212'}${Math.abs(row.difference)}`;
  return [
    { kind: 'heading', level: 2, text: words.heading },
    { kind: 'paragraph', text: words.caption },
    ...summary.map((text): ReportBlock => ({ kind: 'paragraph', text })),
    {
      kind: 'table',
      head: [words.column.category, words.column.computed, words.column.published, words.column.difference, words.column.explanation],
      rows: table.rows.map((row) => [
        words.category[row.category],
        row.computed === null ? words.notCounted : String(row.computed),
        row.published === null ? words.notEntered : String(row.published),
        difference(row),
        explain(row, table, labels),
      ]),
      numeric: [false, true, true, true, false],
    },
  ];
}

/** The `cli report --format json` shape of the appendix: numbers and explanation codes, no prose. */
export function reproduceJson(table: ReproduceTable) {
  return {
    allMatch: table.allMatch,
    rows: table.rows.map((r) => ({
      category: r.category,
      partOf: r.partOf,
      computed: r.computed,
      published: r.published,
      difference: r.difference,
      explanations: r.explanations,
    })),
  };
}
