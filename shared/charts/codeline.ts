import type { Id } from '../model';
import type { ChartRows } from './chart-rows';
import { emptyChart, shortLabel } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import { fillLabel } from '../reports/labels';
import type { Chart, Mark } from './marks';
import { ink, seriesColor } from './palette';

export interface CodelineTick {
  codeId: Id;
  codeName: string;
  /** The top-level code the coding's code sits under (itself when top-level), which colours the tick. */
  rootId: Id;
  start: number;
  end: number;
}

export interface CodelineRow {
  sourceId: Id;
  title: string;
  /** The source's length in characters: the whole width of its row. */
  length: number;
  ticks: CodelineTick[];
}

export interface Codeline {
  /** Top-level codes in codebook order, each with its colour index. */
  roots: { codeId: Id; name: string }[];
  rows: CodelineRow[];
}

/**
 * Where in each source the codings fall: one row per source in source order, each coding at its
 * place relative to the source's length. A source without a known length is as long as its
 * furthest coding.
 */
export function codeline(rows: Pick<ChartRows, 'codes' | 'codings' | 'sources'>): Codeline {
  const byId = new Map(rows.codes.map((c) => [c.id, c]));
  const rootOf = (id: Id): Id => {
    const seen = new Set<Id>();
    let code = byId.get(id);
    while (code && code.parentId !== null && byId.has(code.parentId) && !seen.has(code.id)) {
      seen.add(code.id);
      code = byId.get(code.parentId);
    }
    return code?.id ?? id;
  };
  const roots = rows.codes
    .filter((c) => c.parentId === null || !byId.has(c.parentId))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map((c) => ({ codeId: c.id, name: c.name }));
  const bySource = new Map<Id, CodelineTick[]>();
  for (const coding of rows.codings) {
    const code = byId.get(coding.codeId);
    if (!code) continue;
    const tick = { codeId: code.id, codeName: code.name, rootId: rootOf(code.id), start: coding.start, end: coding.end };
    const list = bySource.get(coding.sourceId);
    if (list) list.push(tick);
    else bySource.set(coding.sourceId, [tick]);
  }
  const sources = [...rows.sources].sort((a, b) => a.order - b.order);
  return {
    roots,
    rows: sources.map((s) => {
      const ticks = (bySource.get(s.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end || a.codeId.localeCompare(b.codeId));
      const furthest = Math.max(0, ...ticks.map((t) => t.end));
      return { sourceId: s.id, title: s.title, length: Math.max(s.length ?? 0, furthest), ticks };
    }),
  };
}

const width = 760;
const top = 48;
const rowHeight = 18;
const left = 220;
const right = 56;
/**
 * More codings in a row than its 484 units can show one by one: the row's ticks are drawn as one
 * path per top-level code (its name as the tooltip) instead of a rect each. 40 threads of 250
 * codings were 20,000 elements and missed 200 ms to first paint (npm run bench -- --only charts);
 * each coding's place is still in the data table.
 */
const denseRow = 100;
const unit = (n: number) => Math.round(n * 10) / 10;

/**
 * Codings along each source as ticks, one row per source, coloured by top-level code: where in a
 * dialogue or interview the coding sits (beginning, middle, end), whatever its length.
 */
export function codelineChart(data: Codeline, language: ChartLanguage): Chart {
  const all = chartLabels(language);
  const labels = all.codeline;
  const rootIndex = new Map(data.roots.map((r, i) => [r.codeId, i]));
  const rootName = new Map(data.roots.map((r) => [r.codeId, r.name]));
  const position = (at: number, length: number) => (length === 0 ? 0 : Math.round((at / length) * 100));
  const table = {
    columns: [labels.source, labels.topCode, labels.code, labels.start, labels.end, labels.position],
    rows: data.rows.flatMap((row) =>
      row.ticks.map((t) => [row.title, rootName.get(t.rootId) ?? t.codeName, t.codeName, t.start, t.end, position(t.start, row.length)]),
    ),
  };
  if (data.roots.length === 0) return emptyChart(labels.title, all.empty.noCodes, table);
  if (data.rows.length === 0) return emptyChart(labels.title, all.empty.noSources, table);
  if (data.rows.every((r) => r.ticks.length === 0)) return emptyChart(labels.title, all.empty.noCodings, table);

  const plotWidth = width - left - right;
  const plotHeight = data.rows.length * rowHeight;
  const height = top + plotHeight + 36;
  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }];
  marks.push({ type: 'text', x: left, y: top - 6, text: labels.beginning, size: 11, fill: ink.muted });
  marks.push({ type: 'text', x: left + plotWidth, y: top - 6, text: labels.end, anchor: 'end', size: 11, fill: ink.muted });
  const used = new Set<Id>();
  data.rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const inner: Mark[] = [
      { type: 'text', x: 16, y: y + 13, text: shortLabel(row.title, 30), size: 11, title: row.title },
      { type: 'line', x1: left, y1: y + 9, x2: left + plotWidth, y2: y + 9, stroke: ink.grid },
    ];
    // A crowded row: one path per top-level code instead of a rect per coding (see denseTicks).
    const dense = row.ticks.length > denseRow ? new Map<Id, string[]>() : null;
    for (const t of row.ticks) {
      used.add(t.rootId);
      const x = left + (row.length === 0 ? 0 : (t.start / row.length) * plotWidth);
      // At least 2 units wide, so a short coding in a long interview is still seen.
      const w = Math.max(2, row.length === 0 ? 0 : ((t.end - t.start) / row.length) * plotWidth);
      if (dense) {
        const parts = dense.get(t.rootId) ?? [];
        parts.push(`M${unit(x)} ${y + 3}h${unit(Math.min(w, left + plotWidth - x + 2))}v12h${unit(-Math.min(w, left + plotWidth - x + 2))}Z`);
        dense.set(t.rootId, parts);
        continue;
      }
      inner.push({
        type: 'rect',
        x,
        y: y + 3,
        width: Math.min(w, left + plotWidth - x + 2),
        height: 12,
        fill: seriesColor(rootIndex.get(t.rootId) ?? 0),
        title: fillLabel(labels.tick, { code: t.codeName, position: position(t.start, row.length) }),
      });
    }
    for (const [rootId, parts] of dense ?? []) {
      const name = rootName.get(rootId) ?? '';
      inner.push({ type: 'path', d: parts.join(''), fill: seriesColor(rootIndex.get(rootId) ?? 0), title: name });
    }
    inner.push({ type: 'text', x: left + plotWidth + 6, y: y + 13, text: String(row.ticks.length), size: 11, fill: ink.muted });
    marks.push({ type: 'group', key: `source:${row.sourceId}`, aria: fillLabel(labels.row, { source: row.title, count: row.ticks.length }), marks: inner });
  });

  const codings = data.rows.reduce((sum, r) => sum + r.ticks.length, 0);
  return {
    width,
    height,
    title: labels.title,
    description: fillLabel(labels.description, { codings, sources: data.rows.length }),
    marks,
    legend: data.roots.filter((r) => used.has(r.codeId)).map((r) => ({ label: r.name, color: seriesColor(rootIndex.get(r.codeId)!) })),
    table,
    empty: false,
  };
}
