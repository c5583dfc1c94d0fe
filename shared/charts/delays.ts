import { scaleLinear } from 'd3-scale';
import { defaultProjectSettings, type Id, type ReproduceCategory } from '../model';
import { findCategoryCodes } from '../reproduce/categories';
import type { ChartRows } from './chart-rows';
import { emptyChart } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import { fillLabel } from '../reports/labels';
import type { Chart, Mark } from './marks';
import { ink, seriesColor } from './palette';

/** A response strategy a reply carries, or none of the study's codes. */
export type DelayStrategy = Exclude<ReproduceCategory, 'sequences'> | 'none';

/** Within the deadline even at its longest, surely over it, or a range that straddles it. */
export type DelayStatus = 'within' | 'over' | 'uncertain';

export interface ReplyDelayPoint {
  sourceId: Id;
  sourceTitle: string;
  /** The message's place in its source, 1-based. */
  message: number;
  phrase: string;
  minHours: number;
  maxHours: number;
  status: DelayStatus;
}

export interface StrategyDelays {
  strategy: DelayStrategy;
  delays: ReplyDelayPoint[];
  within: number;
  over: number;
  uncertain: number;
}

export interface ReplyDelays {
  deadlineHours: number;
  rows: StrategyDelays[];
}

const strategyOrder: readonly DelayStrategy[] = [
  'no-written-response',
  'help-without-boundary-work',
  'boundary-work',
  'clear',
  'ambiguous',
  'none',
];

/** As the coding view and retrieval judge it: over only when even the shortest reading is over. */
function statusOf(minHours: number, maxHours: number, deadline: number): DelayStatus {
  if (minHours > deadline) return 'over';
  if (maxHours <= deadline) return 'within';
  return 'uncertain';
}

/**
 * Caseworkers' reply delays (the quoted phrase in hours; a phrase like "samme dag" is a range) by
 * the response strategy coded on the reply or overlapping it. A reply with several strategies
 * counts in each; one with none of the study's codes goes under "none". Phrases the importer did
 * not understand have no hours and are left out.
 */
export function replyDelays(rows: ChartRows): ReplyDelays {
  const deadlineHours = rows.deadlineHours ?? defaultProjectSettings.answerDeadlineHours;
  const categoryOfCode = new Map<Id, DelayStrategy>();
  for (const [category, codeId] of findCategoryCodes(rows.codes)) if (category !== 'sequences') categoryOfCode.set(codeId, category);
  const parentOf = new Map(rows.codes.map((c) => [c.id, c.parentId]));
  // The strategies a code stands for: its own category and every category above it (a sub-code of "clear").
  const strategiesOf = (codeId: Id): DelayStrategy[] => {
    const found: DelayStrategy[] = [];
    const seen = new Set<Id>();
    for (let id: Id | null | undefined = codeId; id != null && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      const category = categoryOfCode.get(id);
      if (category) found.push(category);
    }
    return found;
  };
  const titleOf = new Map(rows.sources.map((s) => [s.id, s.title]));
  const byStrategy = new Map<DelayStrategy, ReplyDelayPoint[]>();
  const messages = (rows.messages ?? []).filter((m) => m.role === 'caseworker' && m.delay?.minHours != null && m.delay.maxHours != null);
  // Each reply looks only at its own source's codings: every reply against every coding was 9
  // million comparisons for 10,000 codings in 40 threads (npm run bench -- --only charts).
  const codingsOf = new Map<Id, ChartRows['codings']>();
  for (const c of rows.codings) {
    const list = codingsOf.get(c.sourceId);
    if (list) list.push(c);
    else codingsOf.set(c.sourceId, [c]);
  }
  const ordinal = new Map<string, number>();
  for (const m of messages) {
    const minHours = m.delay!.minHours!;
    const maxHours = Math.max(minHours, m.delay!.maxHours!);
    const strategies = new Set<DelayStrategy>();
    for (const c of codingsOf.get(m.sourceId) ?? []) {
      if (c.start < m.end && c.end > m.start) for (const s of strategiesOf(c.codeId)) strategies.add(s);
    }
    if (strategies.size === 0) strategies.add('none');
    const n = m.order !== undefined ? m.order + 1 : (ordinal.get(m.sourceId) ?? 0) + 1;
    ordinal.set(m.sourceId, n);
    const point: ReplyDelayPoint = {
      sourceId: m.sourceId,
      sourceTitle: titleOf.get(m.sourceId) ?? '',
      message: n,
      phrase: m.delay!.phrase,
      minHours,
      maxHours,
      status: statusOf(minHours, maxHours, deadlineHours),
    };
    for (const s of strategies) {
      const list = byStrategy.get(s);
      if (list) list.push(point);
      else byStrategy.set(s, [point]);
    }
  }
  return {
    deadlineHours,
    rows: strategyOrder.flatMap((strategy) => {
      const delays = byStrategy.get(strategy);
      if (!delays) return [];
      const count = (status: DelayStatus) => delays.filter((d) => d.status === status).length;
      return [{ strategy, delays, within: count('within'), over: count('over'), uncertain: count('uncertain') }];
    }),
  };
}

const width = 760;
const top = 64;
const rowHeight = 44;
const left = 210;
const right = 196;
const bottom = 48;
const colors: Record<DelayStatus, string> = { within: seriesColor(2), over: seriesColor(5), uncertain: seriesColor(1) };
const deadlineColor = seriesColor(7);

/**
 * Reply delays on an hours axis, one row per strategy: a dot for an exact delay, a bar for a range
 * ("samme dag": 0–24 h), coloured by within / over / straddling the deadline, which is drawn as a
 * line. Each row's counts stand at its right end.
 */
export function delaysChart(data: ReplyDelays, language: ChartLanguage, hasCodes = true, hasCodings = true): Chart {
  const all = chartLabels(language);
  const labels = all.delays;
  const nameOf = (s: DelayStrategy) => (s === 'none' ? labels.none : all.strategies.categories[s]);
  const table = {
    columns: [labels.strategy, labels.source, labels.message, labels.phrase, labels.minHours, labels.maxHours, labels.status],
    rows: data.rows.flatMap((row) =>
      row.delays.map((d) => [nameOf(row.strategy), d.sourceTitle, d.message, d.phrase, d.minHours, d.maxHours, labels.statuses[d.status]]),
    ),
  };
  if (!hasCodes) return emptyChart(labels.title, all.empty.noCodes, table);
  if (!hasCodings) return emptyChart(labels.title, all.empty.noCodings, table);
  if (data.rows.length === 0) return emptyChart(labels.title, labels.noDelays, table);

  const plotHeight = data.rows.length * rowHeight;
  const height = top + plotHeight + bottom;
  const longest = Math.max(data.deadlineHours, ...data.rows.flatMap((r) => r.delays.map((d) => d.maxHours)));
  const x = scaleLinear().domain([0, longest]).nice().range([left, width - right]);
  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }];
  for (const tick of x.ticks(6)) {
    marks.push({ type: 'line', x1: x(tick), y1: top - 4, x2: x(tick), y2: top + plotHeight, stroke: ink.grid });
    marks.push({ type: 'text', x: x(tick), y: top + plotHeight + 16, text: String(tick), anchor: 'middle', size: 11, fill: ink.muted });
  }
  marks.push({ type: 'text', x: (left + width - right) / 2, y: height - 8, text: labels.axis, anchor: 'middle', size: 12 });
  const deadlineText = fillLabel(labels.deadline, { hours: data.deadlineHours });
  marks.push({ type: 'line', x1: x(data.deadlineHours), y1: top - 12, x2: x(data.deadlineHours), y2: top + plotHeight, stroke: deadlineColor, strokeWidth: 2, title: deadlineText });
  marks.push({ type: 'text', x: x(data.deadlineHours), y: top - 16, text: deadlineText, anchor: 'middle', size: 11 });

  data.rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const name = nameOf(row.strategy);
    const counts = fillLabel(labels.counts, { within: row.within, over: row.over, uncertain: row.uncertain });
    const inner: Mark[] = [{ type: 'text', x: 16, y: y + 4, text: name, size: 12, weight: 'bold' }];
    row.delays.forEach((d, j) => {
      // A small fixed spread keeps equal delays apart without randomness (the same bytes every time).
      const dy = ((j % 5) - 2) * 4;
      const title = fillLabel(labels.point, { source: d.sourceTitle, message: d.message, phrase: d.phrase, status: labels.statuses[d.status] });
      if (d.maxHours > d.minHours) {
        inner.push({ type: 'rect', x: x(d.minHours), y: y + dy - 2, width: x(d.maxHours) - x(d.minHours), height: 4, fill: colors[d.status], title });
      } else {
        inner.push({ type: 'circle', cx: x(d.minHours), cy: y + dy, r: 4, fill: colors[d.status], stroke: ink.background, title });
      }
    });
    inner.push({ type: 'text', x: width - right + 8, y: y + 4, text: counts, size: 11, fill: ink.muted });
    marks.push({ type: 'group', key: `strategy:${row.strategy}`, aria: `${name}: ${counts}`, marks: inner });
  });
  marks.push({ type: 'line', x1: left, y1: top - 4, x2: left, y2: top + plotHeight, stroke: ink.axis });

  const replies = new Set(data.rows.flatMap((r) => r.delays.map((d) => `${d.sourceId}:${d.message}`))).size;
  return {
    width,
    height,
    title: labels.title,
    description: fillLabel(labels.description, { replies, hours: data.deadlineHours }),
    marks,
    legend: (['within', 'uncertain', 'over'] as const).map((s) => ({ label: labels.statuses[s], color: colors[s] })),
    table,
    empty: false,
  };
}
