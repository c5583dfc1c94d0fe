/**
 * A chart as plain, serialisable marks (Observable Plot's and Excalidraw's lesson): a layout
 * function in shared/charts computes them from data, `toSvg` writes them as an SVG file, and the
 * renderer draws the very same marks with React and adds interaction. Coordinates are in SVG user
 * units (pixels at 96 dpi); nothing here knows about a DOM.
 */

/** What every mark may carry: a tooltip/accessible name and a class for the renderer's styling. */
interface MarkBase {
  /** Read by screen readers and shown as a tooltip (`<title>` inside the mark). */
  title?: string;
  /** A stable key for the renderer (React keys, focus order), e.g. "bar:code:clear". */
  key?: string;
}

/**
 * How opaque a shape's paint is, 0–1 (absent: fully opaque). Written as `fill-opacity` for filled
 * shapes and `stroke-opacity` for lines and unfilled paths, so translucent links let crossings
 * and the links beneath them show through.
 */
interface Translucent {
  opacity?: number;
}

export interface RectMark extends MarkBase, Translucent {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
}

export interface LineMark extends MarkBase, Translucent {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth?: number;
}

export interface PathMark extends MarkBase, Translucent {
  type: 'path';
  /** SVG path data (e.g. from d3-shape). */
  d: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface CircleMark extends MarkBase, Translucent {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
}

export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  /** Degrees, about (x, y): -90 for a vertical axis title. */
  rotate?: number;
  /** A background-coloured outline under the letters, so a label over lines (Sankey links) stays readable. */
  halo?: boolean;
}

/** Marks that belong together (a bar with its label): one focusable unit with one accessible name. */
export interface GroupMark extends MarkBase {
  type: 'group';
  /** The text alternative read for the group as a whole (`aria-label`). */
  aria?: string;
  /**
   * Where the arrow keys reach the group: lower ranks first, then document order (default 0). The
   * network's links are drawn beneath its codes but walked after them.
   */
  focusRank?: number;
  /**
   * What the mark opens in the app (e.g. a matrix cell's passages in Analysis ▸ segments, as
   * shared/retrieval/link.ts writes it). Interaction only: toSvg does not write it.
   */
  href?: string;
  marks: Mark[];
}

export type Mark = RectMark | LineMark | PathMark | CircleMark | TextMark | GroupMark;

export interface LegendItem {
  label: string;
  color: string;
}

/** The numbers behind a chart, for the data-table view and its CSV: cells are plain strings or numbers. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface Chart {
  width: number;
  height: number;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two (`<desc>`). */
  description: string;
  marks: Mark[];
  legend: LegendItem[];
  table: ChartTable;
  /** True for the readable empty state: a message and no data marks. */
  empty: boolean;
}
