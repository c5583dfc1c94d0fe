import { scaleLinear } from 'd3-scale';
import { codeCounts } from '../stats/code-counts';
import type { ChartRows } from './chart-rows';
import { emptyChart, shortLabel } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import { fillLabel } from '../reports/labels';
import type { Chart, Mark } from './marks';
import { ink, seriesColor } from './palette';

export interface CodeFrequency {
  codeId: string;
  parentId: string | null;
  name: string;
  path: string;
  depth: number;
  /** Codings of the code and its sub-codes. */
  codings: number;
  /** Sources with a coding of the code or a sub-code, each once. */
  sources: number;
}

/** Codings and sources per code in codebook order, a parent counting its sub-codes (shared/stats). */
export function codeFrequencies(rows: Pick<ChartRows, 'codes' | 'codings'>): CodeFrequency[] {
  const byId = new Map(rows.codes.map((c) => [c.id, c]));
  return codeCounts(rows.codes, rows.codings).map((c) => ({
    codeId: c.codeId,
    parentId: byId.get(c.codeId)?.parentId ?? null,
    name: byId.get(c.codeId)?.name ?? '',
    path: c.path,
    depth: c.depth,
    codings: c.codings,
    sources: c.sources,
  }));
}

const width = 760;
const top = 56;
const rowHeight = 24;
const labelWidth = 260;
const indent = 14;
const right = 56;
const bottom = 44;

/** The rows left when the sub-codes of the folded codes are hidden (codebook order kept). */
function unfolded(frequencies: CodeFrequency[], folded: ReadonlySet<string>): CodeFrequency[] {
  if (folded.size === 0) return frequencies;
  const hidden = new Set<string>();
  // Codebook order puts a parent before its sub-codes, so one pass sees each parent first.
  return frequencies.filter((f) => {
    if (f.parentId !== null && (folded.has(f.parentId) || hidden.has(f.parentId))) {
      hidden.add(f.codeId);
      return false;
    }
    return true;
  });
}

/**
 * Code frequencies as indented horizontal bars: one row per code in codebook order, indented by
 * depth, with a bar for codings and a thinner one for sources on the same scale. A parent code in
 * `folded` hides its sub-codes (their numbers are in its own bar) and is marked ▸.
 * The table and CSV keep every code.
 */
export function frequenciesChart(all: CodeFrequency[], language: ChartLanguage, folded: ReadonlySet<string> = new Set()): Chart {
  const labels = chartLabels(language).frequencies;
  const columns = [labels.code, labels.depth, labels.codings, labels.sources];
  const table = { columns, rows: all.map((f) => [f.path, f.depth, f.codings, f.sources]) };
  if (all.length === 0) return emptyChart(labels.title, chartLabels(language).empty.noCodes, table);
  if (all.every((f) => f.codings === 0)) return emptyChart(labels.title, chartLabels(language).empty.noCodings, table);
  const parents = new Set(all.flatMap((f) => (f.parentId === null ? [] : [f.parentId])));
  const frequencies = unfolded(all, folded);
  const foldedShown = frequencies.filter((f) => folded.has(f.codeId) && parents.has(f.codeId));

  const plotHeight = frequencies.length * rowHeight;
  const height = top + plotHeight + bottom;
  const max = Math.max(...frequencies.map((f) => f.codings));
  const x = scaleLinear().domain([0, max]).nice().range([labelWidth, width - right]);
  const codingColor = seriesColor(4);
  const sourceColor = seriesColor(0);

  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }];
  for (const tick of x.ticks(5)) {
    marks.push({ type: 'line', x1: x(tick), y1: top - 4, x2: x(tick), y2: top + plotHeight, stroke: ink.grid });
    marks.push({ type: 'text', x: x(tick), y: top + plotHeight + 16, text: String(tick), anchor: 'middle', size: 11, fill: ink.muted });
  }
  marks.push({ type: 'text', x: (labelWidth + width - right) / 2, y: height - 8, text: labels.axis, anchor: 'middle', size: 12 });
  frequencies.forEach((f, i) => {
    const y = top + i * rowHeight;
    const bar = fillLabel(labels.bar, { code: f.path, codings: f.codings, sources: f.sources });
    const isFolded = folded.has(f.codeId) && parents.has(f.codeId);
    // Only a folded parent is marked (▸): the indentation already shows an open tree, in print too.
    const disclosure = isFolded ? '▸ ' : '';
    marks.push({
      type: 'group',
      key: `code:${f.codeId}`,
      aria: isFolded ? fillLabel(labels.folded, { bar }) : bar,
      marks: [
        { type: 'text', x: 16 + f.depth * indent, y: y + 16, text: disclosure + shortLabel(f.name, 34 - f.depth * 2), size: 12, weight: f.depth === 0 ? 'bold' : 'normal', title: f.path },
        { type: 'rect', x: labelWidth, y: y + 3, width: x(f.codings) - labelWidth, height: 11, fill: codingColor, title: `${labels.codings}: ${f.codings}` },
        { type: 'rect', x: labelWidth, y: y + 15, width: x(f.sources) - labelWidth, height: 5, fill: sourceColor, title: `${labels.sources}: ${f.sources}` },
        { type: 'text', x: x(f.codings) + 4, y: y + 13, text: String(f.codings), size: 11, fill: ink.muted },
      ],
    });
  });
  marks.push({ type: 'line', x1: labelWidth, y1: top - 4, x2: labelWidth, y2: top + plotHeight, stroke: ink.axis });

  const topCode = frequencies.reduce((best, f) => (f.codings > best.codings ? f : best), frequencies[0]!);
  return {
    width,
    height,
    title: labels.title,
    description: [
      fillLabel(labels.description, { codes: frequencies.length, top: topCode.path, count: topCode.codings }),
      ...(foldedShown.length > 0 ? [fillLabel(labels.foldedNote, { codes: foldedShown.map((f) => f.path).join(', ') })] : []),
    ].join(' '),
    marks,
    legend: [
      { label: labels.codings, color: codingColor },
      { label: labels.sources, color: sourceColor },
    ],
    table,
    empty: false,
  };
}
