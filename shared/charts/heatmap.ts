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
  /** The count drawn darkest: the largest cell that is not outlined (or, without such cells, the largest). */
  max: number;
  /** Whether an outlined cell counts more than `max` (and is drawn at the darkest too). */
  beyond: boolean;
}

const left = 270;
const headerTop = 48;
const columnLabelHeight = 200;
const maxPlot = 900;
/**
 * Rows may run further down than columns across (a page scrolls, and prints on more pages): 69
 * sources × 21 codes in the demo's matrix were squeezed into 13-unit cells with 7-point labels when
 * the height was held to the width's 900.
 */
const maxPlotHeight = 1400;

/**
 * A heatmap's marks below a title: row labels on the left, column labels rotated above, one rect
 * per non-zero cell coloured on a single-hue ramp (lightness carries the order for every kind of
 * colour vision), and the count written in the cell when the cell is big enough to hold it.
 * Zero cells are left out: the grid lines show them, and a sparse 500 × 500 grid stays small.
 */
export function heatmapMarks(input: HeatmapInput): HeatmapLayout {
  const rows = input.rowLabels.length;
  const columns = input.columnLabels.length;
  const cell = Math.max(3, Math.min(30, Math.floor(maxPlot / Math.max(columns, 1)), Math.floor(maxPlotHeight / Math.max(rows, 1))));
  const top = headerTop + columnLabelHeight;
  const width = left + columns * cell + 24;
  const height = top + rows * cell + 16;
  const fontSize = Math.min(12, Math.max(6, cell - 6));
  // The ramp spans the cells that are not outlined: the co-occurrence diagonal is a code's own
  // count, often far above any pair (137 against 5 for 200 codes), and washed every pair out to
  // white. An outlined cell above the ramp is drawn at its darkest.
  let max = 0;
  let outlinedMax = 0;
  const values: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < columns; c++) {
      const v = input.value(r, c);
      row.push(v);
      if (input.outlined?.(r, c)) outlinedMax = Math.max(outlinedMax, v);
      else if (v > max) max = v;
    }
    values.push(row);
  }
  if (max === 0) max = outlinedMax;
  const beyond = outlinedMax > max;
  const marks: Mark[] = [];
  marks.push({ type: 'rect', x: left, y: top, width: columns * cell, height: rows * cell, fill: ink.background, stroke: ink.grid });
  // Labels no smaller than 6 units: where cells are smaller than that, every second (third…) row
  // and column is named, so the names do not print over each other.
  const labelStep = Math.max(1, Math.ceil((fontSize + 1) / cell));
  input.rowLabels.forEach((label, r) => {
    if (r % labelStep !== 0) return;
    marks.push({ type: 'text', x: left - 6, y: top + r * cell + cell / 2 + fontSize / 3, text: shortLabel(label), anchor: 'end', size: fontSize, title: label });
  });
  input.columnLabels.forEach((label, c) => {
    if (c % labelStep !== 0) return;
    const x = left + c * cell + cell / 2 + fontSize / 3;
    marks.push({ type: 'text', x, y: top - 6, text: shortLabel(label, 26), anchor: 'start', size: fontSize, rotate: -90, title: label });
  });
  if (cell < denseCell) {
    marks.push(...denseCells(values, max, cell, top, input.outlined));
    return { marks, width: Math.max(width, 480), height, max, beyond };
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const count = values[r]![c]!;
      if (count === 0) continue;
      const t = max === 0 ? 0 : Math.min(1, count / max);
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
  return { marks, width: Math.max(width, 480), height, max, beyond };
}

/** Below this cell size (a grid of more than 90 codes) cells are too small to point at or to count by Tab. */
const denseCell = 10;
/** Shades of the ramp a dense grid is drawn in: more than the eye tells apart at a few units a cell. */
const denseLevels = 16;
const unit = (n: number) => Math.round(n * 10) / 10;

/**
 * A dense grid's cells as one path per shade: runs of neighbouring cells of the same shade become
 * one rectangle, and the outlined cells one stroked path. A 200 × 200 co-occurrence grid is then
 * some twenty elements instead of up to 40,000 focusable cells, which took half a second to draw
 * (npm run bench -- --only charts); its numbers are read in the data table, the grid is for the pattern.
 */
function denseCells(values: number[][], max: number, cell: number, top: number, outlined: HeatmapInput['outlined']): Mark[] {
  const shades: string[][] = Array.from({ length: denseLevels + 1 }, () => []);
  const outlines: string[] = [];
  values.forEach((row, r) => {
    const y = unit(top + r * cell);
    row.forEach((count, c) => {
      if (count > 0 && outlined?.(r, c)) outlines.push(`M${unit(left + c * cell)} ${y}h${cell}v${cell}h${-cell}Z`);
    });
    let c = 0;
    while (c < row.length) {
      const count = row[c]!;
      // Any count at all is at least the first shade, so a single co-occurrence is not lost in white.
      const levelOf = (n: number) => (n === 0 || max === 0 ? 0 : Math.min(denseLevels, Math.ceil((n / max) * denseLevels)));
      const level = levelOf(count);
      let end = c + 1;
      while (end < row.length && row[end]! > 0 && levelOf(row[end]!) === level) end++;
      if (level > 0) shades[level]!.push(`M${unit(left + c * cell)} ${y}h${unit((end - c) * cell)}v${cell}h${unit(-(end - c) * cell)}Z`);
      c = end;
    }
  });
  const marks: Mark[] = [];
  shades.forEach((parts, level) => {
    if (parts.length > 0) marks.push({ type: 'path', d: parts.join(''), fill: sequentialBlue(level / denseLevels) });
  });
  if (outlines.length > 0) marks.push({ type: 'path', d: outlines.join(''), fill: 'none', stroke: ink.text, strokeWidth: 1 });
  return marks;
}

/** The heatmap's legend: the lightest and the darkest count on the ramp. */
export function countLegend(label: string, max: number, beyond = false): LegendItem[] {
  // "38+" when larger outlined cells share the darkest colour.
  const top = `${label}: ${max}${beyond ? '+' : ''}`;
  return max <= 1
    ? [{ label: beyond ? top : `${label}: 1`, color: sequentialBlue(1) }]
    : [
        { label: `${label}: 1`, color: sequentialBlue(1 / max) },
        { label: top, color: sequentialBlue(1) },
      ];
}
