import type { Chart, ChartTable } from './marks';
import { ink } from './palette';

/**
 * The readable empty state: a chart with its title and one line saying what to do, and no data
 * marks. Not an error: the app shows it in place of the chart; `cli chart` reports it and exits 1.
 */
export function emptyChart(title: string, message: string, table: ChartTable, width = 640): Chart {
  const height = 120;
  return {
    width,
    height,
    title,
    description: message,
    marks: [
      { type: 'text', x: 16, y: 28, text: title, size: 16, weight: 'bold' },
      { type: 'text', x: 16, y: 64, text: message, size: 13, fill: ink.muted },
    ],
    legend: [],
    table: { columns: table.columns, rows: [] },
    empty: true,
  };
}

/** A label cut to fit an axis; the whole text stays in the mark's title and the data table. */
export function shortLabel(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
