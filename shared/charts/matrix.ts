import { fillLabel } from '../reports/labels';
import { retrievalHref } from '../retrieval/link';
import type { ChartRows } from './chart-rows';
import { emptyChart } from './empty-chart';
import { codeFrequencies } from './frequencies';
import { countLegend, heatmapMarks } from './heatmap';
import { chartLabels, type ChartLanguage } from './labels';
import type { Chart } from './marks';

export type MatrixSort = 'title' | 'total';
export const matrixSorts: readonly MatrixSort[] = ['title', 'total'];

export interface SourceCodeMatrix {
  sort: MatrixSort;
  /** Codes in codebook order. */
  codes: { codeId: string; name: string; path: string }[];
  /** Sources in the chosen order, each with its codings per code (`counts[j]` for codes[j]) and total. */
  sources: { sourceId: string; title: string; counts: number[]; total: number }[];
}

/**
 * Codings per source and code: each coding counts for its own code (no roll-up, so a row's total
 * is its codings). Sorted by title (locale order, then the source's order) or by total, largest first.
 */
export function sourceCodeMatrix(rows: ChartRows, sort: MatrixSort, language: ChartLanguage = 'nb'): SourceCodeMatrix {
  const codes = codeFrequencies({ codes: rows.codes, codings: [] }).map((f) => ({ codeId: f.codeId, name: f.name, path: f.path }));
  const codeIndex = new Map(codes.map((c, i) => [c.codeId, i]));
  const sources = rows.sources.map((s) => ({ sourceId: s.id, title: s.title, order: s.order, counts: new Array<number>(codes.length).fill(0), total: 0 }));
  const sourceIndex = new Map(sources.map((s, i) => [s.sourceId, i]));
  for (const coding of rows.codings) {
    const c = codeIndex.get(coding.codeId);
    const s = sourceIndex.get(coding.sourceId);
    if (c === undefined || s === undefined) continue;
    sources[s]!.counts[c]!++;
    sources[s]!.total++;
  }
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb', { numeric: true, sensitivity: 'base' });
  const byTitle = (a: (typeof sources)[number], b: (typeof sources)[number]) => collator.compare(a.title, b.title) || a.order - b.order;
  sources.sort(sort === 'total' ? (a, b) => b.total - a.total || byTitle(a, b) : byTitle);
  return { sort, codes, sources: sources.map(({ sourceId, title, counts, total }) => ({ sourceId, title, counts, total })) };
}

/** The matrix as a heatmap: sources down, codes across in codebook order. */
export function matrixChart(data: SourceCodeMatrix, language: ChartLanguage): Chart {
  const all = chartLabels(language);
  const labels = all.matrix;
  const table = {
    columns: [labels.source, ...data.codes.map((c) => c.path), labels.total],
    rows: data.sources.map((s) => [s.title, ...s.counts, s.total]),
  };
  if (data.codes.length === 0) return emptyChart(labels.title, all.empty.noCodes, table);
  if (data.sources.length === 0) return emptyChart(labels.title, all.empty.noSources, table);
  if (data.sources.every((s) => s.total === 0)) return emptyChart(labels.title, all.empty.noCodings, table);

  const heat = heatmapMarks({
    key: 'matrix',
    rowLabels: data.sources.map((s) => s.title),
    columnLabels: data.codes.map((c) => c.path),
    value: (r, c) => data.sources[r]!.counts[c]!,
    cellTitle: (r, c, count) => fillLabel(labels.cell, { source: data.sources[r]!.title, code: data.codes[c]!.path, count }),
    // The cell's codings: the code itself (the matrix does not roll up sub-codes) in the source.
    cellHref: (r, c) =>
      retrievalHref({ codes: [data.codes[c]!.codeId], includeDescendants: false, filters: { sourceIds: [data.sources[r]!.sourceId] } }),
  });
  const top = data.sources.reduce((best, s) => (s.total > best.total ? s : best), data.sources[0]!);
  return {
    width: heat.width,
    height: heat.height,
    title: labels.title,
    description: fillLabel(labels.description, {
      sources: data.sources.length,
      codes: data.codes.length,
      sort: labels.sort[data.sort],
      top: top.title,
      count: top.total,
    }),
    marks: [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }, ...heat.marks],
    legend: countLegend(all.cooccurrence.count, Math.max(...data.sources.flatMap((s) => s.counts))),
    table,
    empty: false,
  };
}
