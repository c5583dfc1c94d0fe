import type { LegendItem, Mark } from './marks';
import { shortLabel } from './empty-chart';
import { ink, sequentialBlue, textOn } from './palette';

/** A grid of counts to draw: rows × columns, `value(r, c)` the count, `cellTitle` its accessible name. */
export interface HeatmapInput {
  rowLabels: string[];
  columnLabels: string[];
  value(row: number, column: number): number;
  cellTitle(row: number, column: number, count: number): string;
  /** Cells drawn outlined (the co-occurrence diagonal: a code's own count, not a pair). */
  outlined?(row: number, column: number): boolean;
  /** What a cell opens in the app (its passages), if anything. */
  cellHref?(row: number, column: number): string | undefined;
  /** Key prefix for the renderer ("cooc", "matrix"). */
  key: string;
}

export interface HeatmapLayout {
  marks: Mark[];
  width: number;
  height: number;
}

const left = 270;
const headerTop = 48;
const columnLabelHeight = 200;
const maxPlot = 900;

/**
 * A heatmap's marks below a title: row labels on the left, column labels rotated above, one rect
 * per non-zero cell coloured on a single-hue ramp (lightness carries the order for every kind of
 * colour vision), and the count written in the cell when the cell is big enough to hold it.
 * Zero cells are left out: the grid lines show them, and a sparse 500 × 500 grid stays small.
 */
export function heatmapMarks(input: HeatmapInput): HeatmapLayout {
  const rows = input.rowLabels.length;
  const columns = input.columnLabels.length;
  const cell = Math.max(3, Math.min(30, Math.floor(maxPlot / Math.max(rows, columns, 1))));
  const top = headerTop + columnLabelHeight;
  const width = left + columns * cell + 24;
  const height = top + rows * cell + 16;
  const fontSize = Math.min(12, Math.max(6, cell - 6));
  let max = 0;
  const values: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < columns; c++) {
      const v = input.value(r, c);
      row.push(v);
      if (v > max) max = v;
    }
    values.push(row);
  }
  const marks: Mark[] = [];
  marks.push({ type: 'rect', x: left, y: top, width: columns * cell, height: rows * cell, fill: ink.background, stroke: ink.grid });
  input.rowLabels.forEach((label, r) => {
    marks.push({ type: 'text', x: left - 6, y: top + r * cell + cell / 2 + fontSize / 3, text: shortLabel(label), anchor: 'end', size: fontSize, title: label });
  });
  input.columnLabels.forEach((label, c) => {
    const x = left + c * cell + cell / 2 + fontSize / 3;
    marks.push({ type: 'text', x, y: top - 6, text: shortLabel(label, 26), anchor: 'start', size: fontSize, rotate: -90, title: label });
  });
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const count = values[r]![c]!;
      if (count === 0) continue;
      const t = max === 0 ? 0 : count / max;
      const outlined = input.outlined?.(r, c) ?? false;
      const x = left + c * cell;
      const y = top + r * cell;
      const inner: Mark[] = [
        { type: 'rect', x, y, width: cell, height: cell, fill: sequentialBlue(t), stroke: outlined ? ink.text : undefined },
      ];
      if (cell >= 18) {
        inner.push({ type: 'text', x: x + cell / 2, y: y + cell / 2 + fontSize / 3, text: String(count), anchor: 'middle', size: Math.min(11, fontSize), fill: textOn(t) });
      }
      const href = input.cellHref?.(r, c);
      marks.push({ type: 'group', key: `${input.key}:${r}:${c}`, aria: input.cellTitle(r, c, count), marks: inner, ...(href && { href }) });
    }
  }
  return { marks, width: Math.max(width, 480), height };
}

/** The heatmap's legend: the lightest and the darkest count on the ramp. */
export function countLegend(label: string, max: number): LegendItem[] {
  return max <= 1
    ? [{ label: `${label}: 1`, color: sequentialBlue(1) }]
    : [
        { label: `${label}: 1`, color: sequentialBlue(1 / max) },
        { label: `${label}: ${max}`, color: sequentialBlue(1) },
      ];
}
