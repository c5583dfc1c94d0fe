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

const maxLineChars = 26;

export interface NodeBox {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name cut to fit one line (ellipsis when cut). */
  label: string;
}

export function fitLabel(name: string): string {
  return name.length > maxLineChars ? `${name.slice(0, maxLineChars - 1).trimEnd()}…` : name;
}

export function nodeBox(node: Pick<MapNode, 'id' | 'kind' | 'name' | 'x' | 'y'>): NodeBox {
  const style = nodeStyle[node.kind];
  const label = fitLabel(node.name);
  const width = Math.max(style.minWidth, Math.ceil(label.length * style.font * 0.58 + 2 * style.padX));
  return { id: node.id, x: node.x, y: node.y, width, height: style.height, label };
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
export const screenMinimum = { width: 760, height: 440 } as const;

/**
 * The area the map shows: every node with a margin, and never smaller than `minimum` (the screen
 * keeps a sheet of 760 × 440; the exported file is cropped to the nodes).
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
