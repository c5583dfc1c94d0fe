import type { Id, ReproduceCategory } from '../model';
import { findCategoryCodes, findTemplateCode } from '../reproduce/categories';
import { descendantIds } from '../codebook/tree';
import { codeCounts } from '../stats/code-counts';
import type { ChartRows } from './chart-rows';
import { emptyChart } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import { fillLabel } from '../reports/labels';
import type { Chart, Mark } from './marks';
import { ink, seriesColor } from './palette';

/**
 * The study's two splits (METHODS.md): all sequences by response, and boundary work by strategy;
 * then, where positions are coded, the strategies of the sequences in which the caseworker speaks
 * from each position (footing).
 */
export type StrategyBarKey = 'response' | 'strategy' | 'position';

export interface StrategySegment {
  category: ReproduceCategory;
  codeId: Id;
  /** Sequences (sources) coded with the category's code or a sub-code, each once. */
  sources: number;
}

export interface StrategyBar {
  key: StrategyBarKey;
  segments: StrategySegment[];
  /** The sum of the segments: the width of the whole bar (parts may overlap, so not the parent's count). */
  total: number;
  /** For a `position` bar: the position code (e.g. "Byråkratisk"). */
  position?: { codeId: Id; name: string };
}

const barCategories: Record<StrategyBarKey, readonly ReproduceCategory[]> = {
  response: ['no-written-response', 'help-without-boundary-work', 'boundary-work'],
  strategy: ['clear', 'ambiguous'],
  position: ['clear', 'ambiguous'],
};

/** The sources with a coding of the code or one of its sub-codes. */
function sourcesCodedWith(rows: Pick<ChartRows, 'codes' | 'codings'>, codeId: Id): Set<Id> {
  const branch = descendantIds(rows.codes, codeId);
  branch.add(codeId);
  return new Set(rows.codings.flatMap((c) => (branch.has(c.codeId) ? [c.sourceId] : [])));
}

/**
 * One strategy bar per caseworker position (the template's "Position" sub-codes) that some
 * sequence with a strategy is coded with: clear and ambiguous among those sequences.
 */
function positionBars(rows: Pick<ChartRows, 'codes' | 'codings'>, codeOf: Map<ReproduceCategory, Id>): StrategyBar[] {
  const root = findTemplateCode(rows.codes, ['position']);
  if (!root) return [];
  const strategies = barCategories.position.flatMap((category) => {
    const codeId = codeOf.get(category);
    return codeId === undefined ? [] : [{ category, codeId, sources: sourcesCodedWith(rows, codeId) }];
  });
  if (strategies.length === 0) return [];
  const positions = rows.codes.filter((c) => c.parentId === root.id).sort((a, b) => a.order - b.order);
  return positions.flatMap((position): StrategyBar[] => {
    const coded = sourcesCodedWith(rows, position.id);
    const segments = strategies.map(({ category, codeId, sources }) => ({
      category,
      codeId,
      sources: [...sources].filter((id) => coded.has(id)).length,
    }));
    const total = segments.reduce((sum, s) => sum + s.sources, 0);
    return total === 0 ? [] : [{ key: 'position', segments, total, position: { codeId: position.id, name: position.name } }];
  });
}

/**
 * Sequences per response type and per boundary-work strategy, as the reproduced table counts them:
 * a source counts once in a category. Then a strategy bar per caseworker position coded in the
 * project (a sequence coded with the position and the strategy; none when positions are not coded). A category whose code the project lacks is left out; a bar
 * with no category codes at all is left out.
 */
export function strategyShares(rows: Pick<ChartRows, 'codes' | 'codings'>): StrategyBar[] {
  const codeOf = findCategoryCodes(rows.codes);
  const sourcesOf = new Map(codeCounts(rows.codes, rows.codings).map((c) => [c.codeId, c.sources]));
  const bars: StrategyBar[] = [];
  for (const key of ['response', 'strategy'] as const) {
    const segments = barCategories[key].flatMap((category): StrategySegment[] => {
      const codeId = codeOf.get(category);
      return codeId === undefined ? [] : [{ category, codeId, sources: sourcesOf.get(codeId) ?? 0 }];
    });
    if (segments.length > 0) bars.push({ key, segments, total: segments.reduce((sum, s) => sum + s.sources, 0) });
  }
  return [...bars, ...positionBars(rows, codeOf)];
}

const colorOf: Record<ReproduceCategory, number> = {
  sequences: 7,
  'no-written-response': 7,
  'help-without-boundary-work': 1,
  'boundary-work': 4,
  clear: 2,
  ambiguous: 0,
};

const width = 760;
const top = 56;
const barHeight = 34;
const rowHeight = 84;
const left = 200;
const right = 24;

/** An 11-unit label's width per character, generously (digits, spaces, "(", "%"), to see whether two labels would touch. */
const labelCharWidth = 6.5;
const labelGap = 6;

/** A whole number percentage, for labels; the data table keeps the counts. */
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/**
 * Response types and boundary-work strategies as 100 % stacked bars: one bar per split, a segment
 * per category as its share of the bar, labelled with its count and percentage.
 */
export function strategiesChart(bars: StrategyBar[], language: ChartLanguage, hasCodes = true, hasCodings = true): Chart {
  const all = chartLabels(language);
  const labels = all.strategies;
  const barName = (bar: StrategyBar) =>
    bar.key === 'position' ? fillLabel(labels.positionBar, { position: bar.position?.name ?? '' }) : labels.bars[bar.key];
  const columns = [labels.split, labels.category, labels.sequences, labels.share];
  const table = {
    columns,
    rows: bars.flatMap((bar) =>
      bar.segments.map((s) => [barName(bar), labels.categories[s.category], s.sources, percent(s.sources, bar.total)]),
    ),
  };
  if (!hasCodes) return emptyChart(labels.title, all.empty.noCodes, table);
  if (!hasCodings) return emptyChart(labels.title, all.empty.noCodings, table);
  if (bars.length === 0) return emptyChart(labels.title, labels.noStrategyCodes, table);
  if (bars.every((b) => b.total === 0)) return emptyChart(labels.title, labels.noStrategyCodings, table);

  const plotWidth = width - left - right;
  const height = top + bars.length * rowHeight + 8;
  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }];
  const legend = new Map<string, string>();
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    marks.push({ type: 'text', x: 16, y: y + barHeight / 2 + 4, text: barName(bar), size: 12, weight: 'bold' });
    marks.push({ type: 'text', x: 16, y: y + barHeight / 2 + 20, text: fillLabel(labels.n, { count: bar.total }), size: 11, fill: ink.muted });
    let x = left;
    // Where the labels on the first and the second line under the bar end so far.
    const labelEnd = [-Infinity, -Infinity];
    for (const s of bar.segments) {
      const share = bar.total === 0 ? 0 : s.sources / bar.total;
      const w = share * plotWidth;
      const name = labels.categories[s.category];
      const color = seriesColor(colorOf[s.category]);
      legend.set(name, color);
      // An empty category stays in the legend and the table, but draws nothing.
      if (s.sources === 0) continue;
      const text = fillLabel(labels.segment, { category: name, count: s.sources, total: bar.total, percent: percent(s.sources, bar.total) });
      const inner: Mark[] = [{ type: 'rect', x, y, width: w, height: barHeight, fill: color, stroke: ink.background, title: text }];
      // The count sits under its segment, so a thin segment stays readable; when the label before
      // it still runs there (a 6 % segment's "3 (6 %)"), it drops to a second line.
      const label = fillLabel(labels.countShare, { count: s.sources, percent: percent(s.sources, bar.total) });
      const row = x + 2 < labelEnd[0]! + labelGap && x + 2 >= labelEnd[1]! + labelGap ? 1 : 0;
      inner.push({ type: 'text', x: x + 2, y: y + barHeight + 14 + row * 14, text: label, size: 11, fill: ink.text });
      labelEnd[row] = x + 2 + label.length * labelCharWidth;
      const barKey = bar.position ? `position:${bar.position.codeId}` : bar.key;
      marks.push({ type: 'group', key: `segment:${barKey}:${s.category}`, aria: `${barName(bar)} – ${text}`, marks: inner });
      x += w;
    }
  });

  const response = bars.find((b) => b.key === 'response');
  const largest = (response ?? bars[0]!).segments.reduce((best, s) => (s.sources > best.sources ? s : best));
  return {
    width,
    height,
    title: labels.title,
    description: [
      fillLabel(labels.description, {
        category: labels.categories[largest.category],
        count: largest.sources,
        total: (response ?? bars[0]!).total,
      }),
      ...(bars.some((b) => b.position) ? [labels.positionNote] : []),
    ].join(' '),
    marks,
    legend: [...legend].map(([label, color]) => ({ label, color })),
    table,
    empty: false,
  };
}
