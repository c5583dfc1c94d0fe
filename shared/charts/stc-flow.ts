import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { ChartRows } from './chart-rows';
import { emptyChart, shortLabel } from './empty-chart';
import { chartLabels, type ChartLanguage } from './labels';
import { fillLabel } from '../reports/labels';
import type { Chart, Mark } from './marks';
import { ink, seriesColor } from './palette';

/** A node: a code group, a subgroup ("unsorted" for units not yet in one), or an end (quoted or not). */
export interface StcFlowNode {
  id: string;
  kind: 'group' | 'subgroup' | 'unsorted' | 'quoted' | 'unquoted';
  name: string;
}

export interface StcFlowLink {
  source: string;
  target: string;
  /** Meaning units flowing along the link. */
  value: number;
}

export interface StcFlow {
  nodes: StcFlowNode[];
  links: StcFlowLink[];
}

export type StcRows = Pick<ChartRows, 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes'>;

/**
 * The STC analysis as flows of meaning units: each code group's units into its subgroups (or
 * "not in a subgroup yet"), then each subgroup's units into "quoted" (a golden quote was taken from
 * the unit) or "not quoted". Empty when the project has no code groups with placed units.
 */
export function stcFlow(rows: StcRows): StcFlow {
  const groups = [...(rows.codeGroups ?? [])].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const subgroups = new Map((rows.subgroups ?? []).map((s) => [s.id, s]));
  const quoted = new Set((rows.goldenQuotes ?? []).map((q) => `${q.subgroupId}:${q.meaningUnitId}`));
  const groupIds = new Set(groups.map((g) => g.id));
  const links = new Map<string, StcFlowLink>();
  const add = (source: string, target: string) => {
    const key = `${source}→${target}`;
    const link = links.get(key);
    if (link) link.value++;
    else links.set(key, { source, target, value: 1 });
  };
  for (const p of rows.placements ?? []) {
    if (!groupIds.has(p.codeGroupId)) continue;
    const sub = p.subgroupId === null ? undefined : subgroups.get(p.subgroupId);
    if (!sub || sub.codeGroupId !== p.codeGroupId) {
      add(`group:${p.codeGroupId}`, `unsorted:${p.codeGroupId}`);
      continue;
    }
    add(`group:${p.codeGroupId}`, `subgroup:${sub.id}`);
    add(`subgroup:${sub.id}`, quoted.has(`${sub.id}:${p.meaningUnitId}`) ? 'quoted' : 'unquoted');
  }
  const used = new Set([...links.values()].flatMap((l) => [l.source, l.target]));
  const nodes: StcFlowNode[] = [];
  for (const g of groups) {
    if (!used.has(`group:${g.id}`)) continue;
    nodes.push({ id: `group:${g.id}`, kind: 'group', name: g.name });
    const subs = [...subgroups.values()].filter((s) => s.codeGroupId === g.id).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    for (const s of subs) if (used.has(`subgroup:${s.id}`)) nodes.push({ id: `subgroup:${s.id}`, kind: 'subgroup', name: s.name });
    if (used.has(`unsorted:${g.id}`)) nodes.push({ id: `unsorted:${g.id}`, kind: 'unsorted', name: '' });
  }
  if (used.has('quoted')) nodes.push({ id: 'quoted', kind: 'quoted', name: '' });
  if (used.has('unquoted')) nodes.push({ id: 'unquoted', kind: 'unquoted', name: '' });
  return { nodes, links: [...links.values()] };
}

const width = 760;
const top = 48;
const left = 16;
const right = 16;
/** Links' stroke opacity: dark enough to see the colour, light enough to see a crossing link through it. */
const linkOpacity = 0.55;

interface LaidNode extends StcFlowNode {
  label: string;
}

/**
 * Code groups → subgroups → golden quotes as a Sankey diagram (d3-sankey): link widths are meaning
 * units, so a thin subgroup or a subgroup no quote was taken from stands out.
 */
export function stcFlowChart(flow: StcFlow, language: ChartLanguage, hasCodes = true, hasCodings = true): Chart {
  const all = chartLabels(language);
  const labels = all.stcFlow;
  const nameOf = (n: StcFlowNode) =>
    n.kind === 'unsorted' ? labels.unsorted : n.kind === 'quoted' ? labels.quoted : n.kind === 'unquoted' ? labels.unquoted : n.name;
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const table = {
    columns: [labels.from, labels.to, labels.units],
    rows: flow.links.map((l) => [nameOf(byId.get(l.source)!), nameOf(byId.get(l.target)!), l.value]),
  };
  // Meaning units are coded text in STC: without codes or codings, that is the first thing to do.
  if (!hasCodes) return emptyChart(labels.title, all.empty.noCodes, table);
  if (!hasCodings) return emptyChart(labels.title, all.empty.noCodings, table);
  if (flow.links.length === 0) return emptyChart(labels.title, labels.noStc, table);

  const groups = flow.nodes.filter((n) => n.kind === 'group').length;
  const height = Math.max(240, top + 24 + flow.nodes.filter((n) => n.kind !== 'group').length * 22);
  const graph: SankeyGraph<LaidNode, StcFlowLink> = sankey<LaidNode, StcFlowLink>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(10)
    // The data's order, not d3's reordering: the same layout for the same rows every time.
    .nodeSort(null)
    .extent([
      [left + 150, top],
      [width - right - 150, height - 16],
    ])({ nodes: flow.nodes.map((n) => ({ ...n, label: nameOf(n) })), links: flow.links.map((l) => ({ ...l })) });

  const colorOf = new Map<string, string>();
  flow.nodes.filter((n) => n.kind === 'group').forEach((n, i) => colorOf.set(n.id, seriesColor(i)));
  const marks: Mark[] = [{ type: 'text', x: 16, y: 28, text: labels.title, size: 16, weight: 'bold' }];
  const path = sankeyLinkHorizontal();
  // A link is coloured by the code group it flows from, through its subgroup.
  const groupOf = new Map<string, string>();
  for (const l of flow.links) if (l.source.startsWith('group:')) groupOf.set(l.target, l.source);
  for (const n of flow.nodes) if (n.kind === 'group') groupOf.set(n.id, n.id);
  for (const link of graph.links) {
    const source = link.source as LaidNode;
    const target = link.target as LaidNode;
    const color = colorOf.get(groupOf.get(source.id) ?? '') ?? ink.axis;
    const text = fillLabel(labels.link, { from: source.label, to: target.label, count: link.value });
    marks.push({
      type: 'group',
      key: `link:${source.id}→${target.id}`,
      aria: text,
      // Translucent, so where links cross both stay readable and the one beneath shows through.
      marks: [{ type: 'path', d: path(link) ?? '', fill: 'none', stroke: color, strokeWidth: Math.max(1, link.width ?? 1), opacity: linkOpacity, title: text }],
    });
  }
  for (const node of graph.nodes) {
    const x0 = node.x0 ?? 0;
    const x1 = node.x1 ?? 0;
    const y0 = node.y0 ?? 0;
    const y1 = node.y1 ?? 0;
    const atLeft = node.kind === 'group';
    const text = `${shortLabel(node.label, 24)} (${node.value ?? 0})`;
    marks.push({ type: 'rect', x: x0, y: y0, width: x1 - x0, height: Math.max(1, y1 - y0), fill: colorOf.get(node.id) ?? ink.muted, title: `${node.label}: ${node.value ?? 0}` });
    marks.push({ type: 'text', x: atLeft ? x0 - 6 : x1 + 6, y: (y0 + y1) / 2 + 4, text, anchor: atLeft ? 'end' : 'start', size: 11, halo: true });
  }
  const quotedUnits = flow.links.filter((l) => l.target === 'quoted').reduce((sum, l) => sum + l.value, 0);
  return {
    width,
    height,
    title: labels.title,
    description: fillLabel(labels.description, { groups, subgroups: flow.nodes.filter((n) => n.kind === 'subgroup').length, quoted: quotedUnits }),
    marks,
    legend: [],
    table,
    empty: false,
  };
}
