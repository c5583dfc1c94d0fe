import { withLinkFilters } from '../retrieval/link';
import type { RetrievalFilters } from '../retrieval/query';
import { buildChart, type ChartKind, type ChartOptions } from './build-chart';
import type { ChartRows } from './chart-rows';
import { emptyChart } from './empty-chart';
import { chartFilterLabel, withFilterLabel } from './filter-label';
import { chartFiltered, filterChartRows } from './filter-rows';
import { chartLabels } from './labels';
import type { Chart, Mark } from './marks';

/** Whether the filters apply to a kind: the STC flow counts meaning units, which the filters do not reach. */
export function chartFilterable(kind: ChartKind): boolean {
  return kind !== 'stc-flow';
}

/**
 * A chart of the rows that pass the filters, its title and description saying what it is filtered
 * by: the one entry the app and `cli chart` share when filters are chosen.
 */
export function buildFilteredChart(kind: ChartKind, rows: ChartRows, filters: RetrievalFilters, options: ChartOptions): Chart {
  if (!chartFilterable(kind)) return buildChart(kind, rows, options);
  const filtered = filterChartRows(rows, filters);
  let chart = buildChart(kind, filtered, options);
  // "Nothing is coded yet" would be wrong when the filters left every coding out: say so instead.
  if (chart.empty && filtered.codings.length === 0 && rows.codings.length > 0)
    chart = emptyChart(chart.title, chartLabels(options.language).filters.noneMatch, chart.table, chart.width);
  return withFilterLinks(withFilterLabel(chart, chartFilterLabel(filters, rows, options.language)), filters);
}

/** A filtered chart's marks open only the passages that passed its filters. */
function withFilterLinks(chart: Chart, filters: RetrievalFilters): Chart {
  if (!chartFiltered(filters)) return chart;
  const relink = (marks: Mark[]): Mark[] =>
    marks.map((mark) =>
      mark.type !== 'group' ? mark : { ...mark, marks: relink(mark.marks), ...(mark.href && { href: withLinkFilters(mark.href, filters) }) },
    );
  return { ...chart, marks: relink(chart.marks) };
}
