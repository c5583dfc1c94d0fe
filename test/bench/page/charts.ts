/**
 * Each chart kind on a project of 10,000 codings × 200 codes (issue #14: "< 200 ms to layout + first
 * paint"): buildChart from the rows, as the charts panel calls it, then ChartView mounted and the
 * first frame after it painted (its requestAnimationFrame, then the first task after its rendering).
 *
 * The raw figure: the same layout, its marks drawn with plain d3-selection (an element appended per
 * mark, the same attributes, titles and text alternatives) and painted the same way, so the ratio
 * says what drawing with React costs.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { select, type Selection } from 'd3-selection';
import { buildChart, chartKinds, ink, type Chart, type ChartKind, type ChartOptions, type Mark } from '../../../shared/charts';
import { ChartView } from '../../../renderer/charts/ChartView';
import type { BenchRow } from '../row';
import { syntheticChartProject } from './synthetic-project';

const painted = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function host(): HTMLElement {
  const element = document.createElement('div');
  element.style.width = '1200px';
  document.body.append(element);
  return element;
}

/** Layout, React drawing, until painted. */
async function drawWithReact(kind: ChartKind, rows: Parameters<typeof buildChart>[1], options: ChartOptions): Promise<{ total: number; layout: number; marks: number }> {
  const element = host();
  const start = performance.now();
  const chart = buildChart(kind, rows, options);
  const laidOut = performance.now();
  const root = createRoot(element);
  flushSync(() => root.render(createElement(ChartView, { chart })));
  const end = await painted();
  const marks = element.querySelectorAll('svg *').length;
  flushSync(() => root.unmount());
  element.remove();
  return { total: end - start, layout: laidOut - start, marks };
}

type Parent = Selection<SVGElement, unknown, null, undefined>;

function appendMark(parent: Parent, mark: Mark): void {
  let node: Parent;
  switch (mark.type) {
    case 'rect':
      node = parent.append<SVGElement>('rect').attr('x', mark.x).attr('y', mark.y).attr('width', Math.max(0, mark.width)).attr('height', Math.max(0, mark.height)).attr('fill', mark.fill);
      if (mark.stroke) node.attr('stroke', mark.stroke);
      break;
    case 'line':
      node = parent.append<SVGElement>('line').attr('x1', mark.x1).attr('y1', mark.y1).attr('x2', mark.x2).attr('y2', mark.y2).attr('stroke', mark.stroke);
      if (mark.strokeWidth !== undefined) node.attr('stroke-width', mark.strokeWidth);
      break;
    case 'path':
      node = parent.append<SVGElement>('path').attr('d', mark.d).attr('fill', mark.fill);
      if (mark.stroke) node.attr('stroke', mark.stroke);
      if (mark.strokeWidth !== undefined) node.attr('stroke-width', mark.strokeWidth);
      break;
    case 'circle':
      node = parent.append<SVGElement>('circle').attr('cx', mark.cx).attr('cy', mark.cy).attr('r', mark.r).attr('fill', mark.fill);
      if (mark.stroke) node.attr('stroke', mark.stroke);
      break;
    case 'text':
      node = parent
        .append<SVGElement>('text')
        .attr('x', mark.x)
        .attr('y', mark.y)
        .attr('font-size', mark.size ?? 12)
        .attr('fill', mark.fill ?? ink.text);
      if (mark.anchor) node.attr('text-anchor', mark.anchor);
      if (mark.weight === 'bold') node.attr('font-weight', 'bold');
      if (mark.rotate !== undefined) node.attr('transform', `rotate(${mark.rotate} ${mark.x} ${mark.y})`);
      break;
    case 'group':
      node = parent.append<SVGElement>('g');
      if (mark.aria !== undefined) node.attr('class', 'chart-mark').attr('tabindex', 0).attr('role', 'img').attr('aria-label', mark.aria);
      break;
  }
  if (mark.title !== undefined) node.append('title').text(mark.title);
  if (mark.type === 'text') node.node()!.append(mark.text);
  if (mark.type === 'group') for (const inner of mark.marks) appendMark(node, inner);
}

function drawWithD3(element: HTMLElement, chart: Chart): void {
  const legendRows = Math.ceil(chart.legend.length / 4);
  const height = chart.height + legendRows * 20;
  const svg = select(element)
    .append<SVGElement>('svg')
    .attr('class', 'chart-view')
    .attr('width', chart.width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${chart.width} ${height}`)
    .attr('font-family', 'system-ui, sans-serif') as unknown as Parent;
  svg.append('rect').attr('width', chart.width).attr('height', height).attr('fill', ink.background);
  for (const mark of chart.marks) appendMark(svg, mark);
  chart.legend.forEach((item, i) => {
    const x = 16 + (i % 4) * (chart.width / 4);
    const y = chart.height + Math.floor(i / 4) * 20;
    const g = svg.append('g');
    g.append('rect').attr('x', x).attr('y', y + 4).attr('width', 12).attr('height', 12).attr('fill', item.color);
    g.append('text').attr('x', x + 18).attr('y', y + 14).attr('font-size', 12).text(item.label);
  });
}

/** The same layout, drawn with plain d3-selection, until painted. */
async function drawWithPlainD3(kind: ChartKind, rows: Parameters<typeof buildChart>[1], options: ChartOptions): Promise<number> {
  const element = host();
  const start = performance.now();
  drawWithD3(element, buildChart(kind, rows, options));
  const end = await painted();
  element.remove();
  return end - start;
}

export async function benchCharts(log: (line: string) => void, runs = 5): Promise<BenchRow[]> {
  const { rows } = syntheticChartProject();
  const profiling = new URLSearchParams(location.search).has('profile');
  const result: BenchRow[] = [];
  // Every kind as the panel opens it, and co-occurrence in its two other modes: "same source" has
  // the most pairs (nearly every code meets every other in a thread of 250 codings).
  const scenarios: { kind: ChartKind; label: string; options: ChartOptions }[] = [
    ...chartKinds.map((kind) => ({ kind, label: kind, options: { language: 'nb' } as ChartOptions })),
    { kind: 'cooccurrence', label: 'cooccurrence (same message)', options: { language: 'nb', cooccurrence: 'message' } },
    { kind: 'cooccurrence', label: 'cooccurrence (same source)', options: { language: 'nb', cooccurrence: 'source' } },
    // The network runs its force layout on the main thread: every pair (threshold 1) is the most work.
    { kind: 'cooccurrence', label: 'cooccurrence network', options: { language: 'nb', cooccurrenceView: 'network', threshold: 1 } },
  ];
  for (const { kind, label, options } of scenarios) {
    log(`charts: ${label}…`);
    // Warm-up: JIT, fonts, styles.
    await drawWithReact(kind, rows, options);
    await drawWithPlainD3(kind, rows, options);
    const react: Awaited<ReturnType<typeof drawWithReact>>[] = [];
    const d3: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (profiling && i === 0) console.profile(`chart ${label}`);
      react.push(await drawWithReact(kind, rows, options));
      if (profiling && i === 0) console.profileEnd(`chart ${label}`);
      d3.push(await drawWithPlainD3(kind, rows, options));
    }
    const layout = median(react.map((r) => r.layout));
    const total = median(react.map((r) => r.total));
    result.push({
      name: `chart ${label}: layout + paint, 10k codings`,
      ms: total,
      baselineName: 'same marks drawn with plain d3-selection',
      baselineMs: median(d3),
      target: '< 200 ms',
      note: `10,000 codings, 200 codes, 40 threads; median of ${runs}; layout ${layout.toFixed(1)} ms, drawing and paint ${(total - layout).toFixed(1)} ms; ${react[0]!.marks} SVG elements`,
    });
  }
  return result;
}
