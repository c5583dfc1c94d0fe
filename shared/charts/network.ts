import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { fillLabel } from '../reports/labels';
import type { Cooccurrence } from './cooccurrence';
import { emptyChart, shortLabel } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import type { Chart, LegendItem, Mark } from './marks';
import { ink, seriesColor } from './palette';

/** How the co-occurrence counts are drawn: the code × code heatmap or the network of codes. */
export type CooccurrenceView = 'heatmap' | 'network';
export const cooccurrenceViews: readonly CooccurrenceView[] = ['heatmap', 'network'];

interface NetworkNode extends SimulationNodeDatum {
  index: number;
  codeId: string;
  name: string;
  path: string;
  /** The code's own count (the diagonal): its codings, or the messages/sources holding it. */
  count: number;
  r: number;
}

interface NetworkEdge extends SimulationLinkDatum<NetworkNode> {
  source: NetworkNode;
  target: NetworkNode;
  count: number;
}

const width = 760;
const height = 560;
const top = 48;
const margin = 24;
/** Room kept on each side for the labels beside the nodes at the edge of the drawing. */
const labelRoom = 120;
/** The largest node's radius: 20 for a codebook of a few dozen codes, smaller as codes crowd the drawing. */
function largestRadius(nodes: number): number {
  return Math.max(6, Math.min(20, 150 / Math.sqrt(nodes)));
}
/** Beyond this many codes only the most used get a label (the rest keep theirs in the tooltip and the table). */
const labelled = 40;
/** The most links drawn: the strongest pairs past the threshold. */
export const maxLinks = 300;

/**
 * A fixed pseudo-random source (a linear congruential generator, as d3-force's own): d3 only
 * draws on it to separate nodes that land on the same spot, and with a fixed seed the same data
 * gives the same layout, so the same SVG bytes in the app and in `cli chart`.
 */
function seededRandom(): () => number {
  let state = 1;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

/**
 * The ticks the force layout runs, with the cooling set so it settles within them (d3's default
 * cools over 300): 200 codes with thousands of links lay out within the issue's 200 ms budget.
 */
const ticks = 120;
const alphaMin = 0.001;

/**
 * The co-occurrence counts as a network: a node per code with codings (its area by its own
 * count), a link per pair applied together at least `threshold` times (its width and opacity by
 * the count), laid out by d3-force run synchronously for a fixed number of ticks from positions on
 * a sunflower spiral in codebook order. No Math.random and no timers: the same counts and
 * threshold give the same marks. Labels sit beside their node, on the side away from the edge.
 */
export function networkChart(data: Cooccurrence, language: ChartLanguage, threshold = 1): Chart {
  const all = chartLabels(language);
  const labels = all.network;
  const minimum = Math.max(1, Math.floor(Number.isFinite(threshold) ? threshold : 1));
  const nodes: NetworkNode[] = [];
  data.codes.forEach((code, i) => {
    const count = data.counts[i]![i]!;
    if (count > 0) nodes.push({ index: nodes.length, codeId: code.codeId, name: code.name, path: code.path, count, r: 0 });
  });
  const byCode = new Map(data.codes.map((c, i) => [c.codeId, i]));
  const passing: NetworkEdge[] = [];
  for (let a = 0; a < nodes.length; a++) {
    for (let b = a + 1; b < nodes.length; b++) {
      const count = data.counts[byCode.get(nodes[a]!.codeId)!]![byCode.get(nodes[b]!.codeId)!]!;
      if (count >= minimum) passing.push({ source: nodes[a]!, target: nodes[b]!, count });
    }
  }
  // Past a few hundred links a network is a hairball and its layout costs seconds: the strongest
  // are drawn (ties in codebook order), and the title and description say how many of how many.
  const edges =
    passing.length <= maxLinks
      ? passing
      : [...passing]
          .sort((x, y) => y.count - x.count || x.source.index - y.source.index || x.target.index - y.target.index)
          .slice(0, maxLinks)
          .sort((x, y) => x.source.index - y.source.index || x.target.index - y.target.index);
  const table = {
    columns: [labels.code, labels.otherCode, labels.count],
    rows: passing.map((e) => [e.source.path, e.target.path, e.count]),
  };
  if (data.codes.length === 0) return emptyChart(labels.title, all.empty.noCodes, table);
  if (nodes.length === 0) return emptyChart(labels.title, all.empty.noCodings, table);

  const maxCount = Math.max(...nodes.map((n) => n.count));
  const maxEdge = Math.max(1, ...edges.map((e) => e.count));
  const maxRadius = largestRadius(nodes.length);
  const minRadius = Math.min(4, maxRadius / 2);
  for (const node of nodes) node.r = minRadius + Math.sqrt(node.count / maxCount) * (maxRadius - minRadius);
  const withLabel = new Set(
    [...nodes].sort((a, b) => b.count - a.count || a.index - b.index).slice(0, labelled),
  );

  // Deterministic start: a sunflower spiral in codebook order, so related codes start apart but evenly.
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const node of nodes) {
    const radius = 12 * Math.sqrt(0.5 + node.index);
    node.x = radius * Math.cos(node.index * golden);
    node.y = radius * Math.sin(node.index * golden);
  }
  const simulation = forceSimulation<NetworkNode>(nodes)
    .randomSource(seededRandom())
    .alphaMin(alphaMin)
    .alphaDecay(1 - Math.pow(alphaMin, 1 / ticks))
    .force(
      'link',
      forceLink<NetworkNode, NetworkEdge>(edges)
        .distance(110)
        .strength((e) => 0.1 + 0.6 * (e.count / maxEdge)),
    )
    .force('charge', forceManyBody<NetworkNode>().strength(-400))
    .force('collide', forceCollide<NetworkNode>((n) => n.r + maxRadius / 2))
    // A gentle pull to the middle instead of forceCenter: codes linked to nothing stay near the rest
    // rather than drifting off and shrinking the whole drawing to fit them in.
    .force('x', forceX<NetworkNode>(0).strength(0.06))
    .force('y', forceY<NetworkNode>(0).strength(0.06))
    .stop();
  simulation.tick(ticks);

  // Fit the settled layout into the drawing, keeping its aspect, with room for labels at the sides.
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const plot = { left: margin + labelRoom, right: width - margin - labelRoom, top: top + maxRadius, bottom: height - margin - maxRadius };
  const scale = Math.min(3, (plot.right - plot.left) / Math.max(1, maxX - minX), (plot.bottom - plot.top) / Math.max(1, maxY - minY));
  const centreX = (plot.left + plot.right) / 2;
  const centreY = (plot.top + plot.bottom) / 2;
  for (const node of nodes) {
    node.x = centreX + ((node.x ?? 0) - (minX + maxX) / 2) * scale;
    node.y = centreY + ((node.y ?? 0) - (minY + maxY) / 2) * scale;
  }

  // Nodes coloured by their top-level code, the same grouping the frequencies chart nests by.
  const tops = [...new Set(nodes.map((n) => n.path.split('/')[0]!))];
  const colorOf = new Map(tops.map((t, i) => [t, seriesColor(i)]));
  const degree = new Map<NetworkNode, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }

  const mode = all.cooccurrence.mode[data.mode];
  const capped = edges.length < passing.length;
  const counts = { shown: edges.length, total: passing.length };
  const subtitle = [mode, fillLabel(labels.atLeast, { threshold: minimum }), ...(capped ? [fillLabel(labels.strongest, counts)] : [])].join(', ');
  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: `${labels.title} (${subtitle})`, size: 16, weight: 'bold' }];
  // Links first, under the nodes; the strongest last, so it is drawn on top of weaker crossings.
  const drawOrder = [...edges].sort((a, b) => a.count - b.count || a.source.index - b.source.index || a.target.index - b.target.index);
  for (const edge of drawOrder) {
    const t = edge.count / maxEdge;
    const text = fillLabel(labels.link, { a: edge.source.path, b: edge.target.path, count: edge.count });
    marks.push({
      type: 'group',
      key: `net:link:${edge.source.codeId}:${edge.target.codeId}`,
      aria: text,
      // Drawn first, beneath the codes, but reached with the arrow keys after them.
      focusRank: 1,
      marks: [
        {
          type: 'line',
          x1: edge.source.x!,
          y1: edge.source.y!,
          x2: edge.target.x!,
          y2: edge.target.y!,
          stroke: ink.muted,
          strokeWidth: 1 + 7 * t,
          opacity: 0.25 + 0.6 * t,
          title: text,
        },
      ],
    });
  }
  for (const node of nodes) {
    const x = node.x!;
    const y = node.y!;
    // The label goes just clear of its circle, so it never covers its node: on the side with more
    // room, unless that side would cover another node and the other side would not.
    const label = shortLabel(node.name, 24);
    const right = labelSide(node, label, nodes, x <= centreX);
    const text = fillLabel(labels.node, { code: node.path, count: node.count, links: degree.get(node) ?? 0 });
    marks.push({
      type: 'group',
      key: `net:node:${node.codeId}`,
      aria: text,
      marks: [
        { type: 'circle', cx: x, cy: y, r: node.r, fill: colorOf.get(node.path.split('/')[0]!)!, stroke: ink.text, title: text },
        ...(withLabel.has(node)
          ? [{ type: 'text' as const, x: right ? x + node.r + 4 : x - node.r - 4, y: y + 4, text: label, anchor: right ? ('start' as const) : ('end' as const), size: 11 }]
          : []),
      ],
    });
  }

  const strongest = edges.reduce<NetworkEdge | null>((best, e) => (best === null || e.count > best.count ? e : best), null);
  const legend: LegendItem[] = tops.length <= 8 ? tops.map((t) => ({ label: t, color: colorOf.get(t)! })) : [];
  return {
    width,
    height,
    title: labels.title,
    description: [
      strongest
        ? fillLabel(labels.description, { mode, codes: nodes.length, links: passing.length, threshold: minimum, pair: `${strongest.source.path} + ${strongest.target.path}`, count: strongest.count })
        : fillLabel(labels.descriptionNoLinks, { mode, codes: nodes.length, threshold: minimum }),
      ...(capped ? [fillLabel(labels.strongestNote, counts)] : []),
    ].join(' '),
    marks,
    legend,
    table,
    empty: false,
  };
}

/** Roughly how wide 11 px text is: enough to tell which side of a node a label would cover others on. */
const charWidth = 6.2;

function labelCovers(node: NetworkNode, label: string, others: NetworkNode[], right: boolean): boolean {
  const w = label.length * charWidth;
  const x0 = right ? node.x! + node.r + 4 : node.x! - node.r - 4 - w;
  const x1 = x0 + w;
  const y0 = node.y! - 8;
  const y1 = node.y! + 6;
  return others.some((o) => {
    if (o === node) return false;
    const nearestX = Math.min(Math.max(o.x!, x0), x1);
    const nearestY = Math.min(Math.max(o.y!, y0), y1);
    return (o.x! - nearestX) ** 2 + (o.y! - nearestY) ** 2 < o.r ** 2;
  });
}

/** True to put the label right of the node: the preferred side unless only the other side is clear of other nodes. */
function labelSide(node: NetworkNode, label: string, nodes: NetworkNode[], preferRight: boolean): boolean {
  if (!labelCovers(node, label, nodes, preferRight)) return preferRight;
  return labelCovers(node, label, nodes, !preferRight) ? preferRight : !preferRight;
}
