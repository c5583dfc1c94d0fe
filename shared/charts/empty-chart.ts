import type { Chart, ChartTable } from './marks';
import { ink } from './palette';

/**
 * The readable empty state: a chart with its title and one line saying what to do, and no data
 * marks. Not an error: the app shows it in place of the chart; `cli chart` reports it and exits 1.
 */
export function emptyChart(title: string, message: string, table: ChartTable, width = 640): Chart {
  const lines = wrapWords(message, Math.floor((width - 32) / messageCharWidth));
  const height = 120 + (lines.length - 1) * messageLine;
  return {
    width,
    height,
    title,
    description: message,
    marks: [
      { type: 'text', x: 16, y: 28, text: title, size: 16, weight: 'bold' },
      ...lines.map((line, i) => ({ type: 'text' as const, x: 16, y: 64 + i * messageLine, text: line, size: 13, fill: ink.muted })),
    ],
    legend: [],
    table: { columns: table.columns, rows: [] },
    empty: true,
  };
}

/** A 13-unit message's width per character, generously, and its line height. */
const messageCharWidth = 7;
const messageLine = 18;

/**
 * Words in lines of at most `max` characters (a longer word stays whole on its own line). SVG text
 * does not wrap: the longer empty-state messages ("… legg til kodeboken for grensearbeid for å se
 * dette diagrammet.", 125 characters) ran past the chart's right edge and were cut off.
 */
function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines.length > 0 ? lines : [''];
}

/** A label cut to fit an axis; the whole text stays in the mark's title and the data table. */
export function shortLabel(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
