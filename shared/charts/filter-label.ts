import { fillLabel } from '../reports/labels';
import type { RetrievalFilters } from '../retrieval/query';
import type { ChartRows } from './chart-rows';
import { chartFiltered } from './filter-rows';
import { chartLabels, type ChartLanguage } from './labels';
import type { Chart, Mark } from './marks';

/**
 * What a chart is filtered by, in words ("filtrert: rolle = Veileder; Målform = bokmål"), or null
 * when nothing is left out. Attributes and coders are named from the rows (their id when unknown).
 */
export function chartFilterLabel(filters: RetrievalFilters, rows: ChartRows, language: ChartLanguage): string | null {
  if (!chartFiltered(filters)) return null;
  const labels = chartLabels(language).filters;
  const list = (values: string[]) => values.join(labels.or);
  const parts: string[] = [];
  if (filters.roles?.length) parts.push(fillLabel(labels.role, { values: list(filters.roles.map((r) => labels.roles[r])) }));
  if (filters.coderIds?.length) {
    const names = new Map((rows.coders ?? []).map((c) => [c.id, c.name]));
    parts.push(fillLabel(labels.coder, { values: list(filters.coderIds.map((id) => names.get(id) ?? id)) }));
  }
  const attributeNames = new Map((rows.attributes ?? []).map((a) => [a.id, a.name]));
  for (const [id, values] of Object.entries(filters.attributes ?? {})) {
    if (values.length > 0) parts.push(fillLabel(labels.attribute, { name: attributeNames.get(id) ?? id, values: list(values) }));
  }
  if (filters.sourceIds?.length) parts.push(fillLabel(labels.sources, { count: filters.sourceIds.length }));
  const delay = filters.delay ?? {};
  if (delay.minHours !== undefined || delay.maxHours !== undefined || delay.overDeadline !== undefined) parts.push(labels.delay);
  return fillLabel(labels.filtered, { filters: parts.join(labels.and) });
}

/**
 * The chart with its filter said in the title (drawn and in `<title>`) and the description, so an
 * exported figure never hides that it shows a subset. Unchanged when `label` is null.
 */
export function withFilterLabel(chart: Chart, label: string | null): Chart {
  if (label === null) return chart;
  const title = `${chart.title} (${label})`;
  // The drawn title is the chart's first text mark starting with the title (every layout and the
  // empty state; co-occurrence adds its mode after it).
  let replaced = false;
  const marks = chart.marks.map((mark): Mark => {
    if (replaced || mark.type !== 'text' || !mark.text.startsWith(chart.title)) return mark;
    replaced = true;
    return { ...mark, text: `${mark.text} (${label})` };
  });
  return { ...chart, title, description: `${chart.description} (${label})`, marks };
}
