import type { Id } from '../model';
import type { MapNode, ThematicMap } from './map';

/**
 * The geometry of the thematic map, in map units, shared by the screen and the SVG/PNG export so
 * the file shows what the screen shows. Text widths are estimated (no DOM here): about 0.58 em per
 * character of the system sans-serif, which errs on the wide side.
 */
export const nodeStyle = {
  theme: { font: 16, minWidth: 150, height: 58, padX: 18 },
  subtheme: { font: 13.5, minWidth: 120, height: 46, padX: 14 },
} as const;

/** Characters on one line of a node's name; a longer name wraps onto a second line, then is cut. */
const maxLineChars = 22;
const maxLines = 2;
/** The code count under the name. */
export const countStyle = { font: 11.5, lineHeight: 15 } as const;

export interface NodeBox {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name in at most two lines (an ellipsis ends it when it was cut). */
  lines: string[];
  /** Baselines, relative to the centre: one per name line, then the code count's. */
  baselines: number[];
  countBaseline: number;
}

/** A name broken at spaces into lines of about `maxLineChars`, at most two, the last cut with "…". */
export function wrapName(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxLineChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines
    .slice(0, maxLines)
    .map((l) => (l.length > maxLineChars ? `${l.slice(0, maxLineChars - 1).trimEnd()}…` : l));
  if (lines.length > maxLines) {
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.endsWith('…') ? last : `${last.slice(0, maxLineChars - 1).trimEnd()}…`;
  }
  return kept.length > 0 ? kept : [''];
}

export function nodeBox(node: Pick<MapNode, 'id' | 'kind' | 'name' | 'x' | 'y'>): NodeBox {
  const style = nodeStyle[node.kind];
  const lines = wrapName(node.name);
  const longest = Math.max(...lines.map((l) => l.length));
  const width = Math.max(style.minWidth, Math.ceil(longest * style.font * 0.58 + 2 * style.padX));
  const lineHeight = style.font * 1.22;
  const height = style.height + (lines.length - 1) * lineHeight;
  const block = lines.length * lineHeight + countStyle.lineHeight;
  const first = -block / 2 + style.font * 0.95;
  const baselines = lines.map((_, i) => round(first + i * lineHeight));
  const countBaseline = round(-block / 2 + lines.length * lineHeight + countStyle.lineHeight * 0.8);
  return { id: node.id, x: node.x, y: node.y, width, height: round(height), lines, baselines, countBaseline };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Where the line from a box's centre towards a point leaves the box. */
export function edgePoint(box: NodeBox, toward: { x: number; y: number }): { x: number; y: number } {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: box.x + dx * Math.min(scale, 1), y: box.y + dy * Math.min(scale, 1) };
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A line between two boxes, from edge to edge. */
export function between(a: NodeBox, b: NodeBox): Segment {
  const from = edgePoint(a, b);
  const to = edgePoint(b, a);
  return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest area the screen shows, so a map of two themes is not blown up to fill the window. */
export const screenMinimum = { width: 640, height: 380 } as const;

/**
 * The area the map shows: every node with a margin, and never smaller than `minimum` (the screen
 * keeps a sheet of 640 × 380; the exported file is cropped to the nodes).
 */
export function mapViewBox(
  boxes: NodeBox[],
  margin = 40,
  minimum: { width: number; height: number } = screenMinimum,
): ViewBox {
  if (boxes.length === 0) return { x: 0, y: 0, width: minimum.width, height: minimum.height };
  const minX = Math.min(...boxes.map((b) => b.x - b.width / 2)) - margin;
  const minY = Math.min(...boxes.map((b) => b.y - b.height / 2)) - margin;
  const maxX = Math.max(...boxes.map((b) => b.x + b.width / 2)) + margin;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height / 2)) + margin;
  const width = Math.max(minimum.width, maxX - minX);
  const height = Math.max(minimum.height, maxY - minY);
  return {
    x: Math.floor(minX - (width - (maxX - minX)) / 2),
    y: Math.floor(minY - (height - (maxY - minY)) / 2),
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}

export function mapBoxes(map: ThematicMap): Map<Id, NodeBox> {
  return new Map(map.nodes.map((n) => [n.id, nodeBox(n)]));
}
