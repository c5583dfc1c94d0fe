import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChart, codeCooccurrence, maxLinks, networkChart, toSvg, type ChartRows, type Cooccurrence, type Mark } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

type Group = Extract<Mark, { type: 'group' }>;
type Circle = Extract<Mark, { type: 'circle' }>;
type Line = Extract<Mark, { type: 'line' }>;
type Text = Extract<Mark, { type: 'text' }>;

const codes = [
  makeCode('bw', 'Grensearbeid', null, 0),
  makeCode('clear', 'Tydelig', 'bw', 0),
  makeCode('amb', 'Tvetydig', 'bw', 1),
  makeCode('help', 'Hjelp', null, 1),
  makeCode('unused', 'Ubrukt', null, 2),
];
/** Tydelig and Hjelp overlap three times, Tvetydig and Hjelp once, Tydelig and Tvetydig twice. */
const codings = [
  makeCoding('1', 'clear', 's1', 0, 10),
  makeCoding('2', 'help', 's1', 5, 15),
  makeCoding('3', 'clear', 's2', 0, 10),
  makeCoding('4', 'help', 's2', 2, 4),
  makeCoding('5', 'clear', 's3', 0, 10),
  makeCoding('6', 'help', 's3', 8, 20),
  makeCoding('7', 'amb', 's3', 9, 12),
  makeCoding('8', 'amb', 's4', 0, 5),
  makeCoding('9', 'clear', 's4', 1, 2),
];
const rows: ChartRows = {
  codes,
  codings,
  sources: ['s1', 's2', 's3', 's4'].map((id, order) => ({ id, title: `Dialog ${order + 1}`, order })),
};

const groups = (marks: Mark[], prefix: string) => marks.filter((m): m is Group => m.type === 'group' && (m.key ?? '').startsWith(prefix));
const links = (marks: Mark[]) => groups(marks, 'net:link:').map((g) => g.marks[0] as Line);

afterEach(() => vi.restoreAllMocks());

describe('co-occurrence network', () => {
  it('is the same SVG bytes for the same data, without Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the layout must not draw on Math.random');
    });
    const first = toSvg(buildChart('cooccurrence', rows, { language: 'nb', cooccurrenceView: 'network' }));
    const second = toSvg(buildChart('cooccurrence', structuredClone(rows), { language: 'nb', cooccurrenceView: 'network' }));
    expect(random).not.toHaveBeenCalled();
    expect(second).toBe(first);
    expect(first).toContain('<title id="chart-title">Kodenettverk</title>');
  });

  it('draws a node per code with codings, larger for more codings, and a link per pair', () => {
    const chart = networkChart(codeCooccurrence(rows, 'overlap'), 'en');
    const nodes = groups(chart.marks, 'net:node:');
    // Grensearbeid and Ubrukt have no codings of their own: no node.
    expect(nodes.map((n) => n.key)).toEqual(['net:node:clear', 'net:node:amb', 'net:node:help']);
    const radius = Object.fromEntries(nodes.map((n) => [n.key, (n.marks[0] as Circle).r]));
    // Tydelig has 4 codings, Hjelp 3, Tvetydig 2.
    expect(radius['net:node:clear']).toBeGreaterThan(radius['net:node:help']!);
    expect(radius['net:node:help']).toBeGreaterThan(radius['net:node:amb']!);
    expect(nodes[0]!.aria).toBe('Grensearbeid/Tydelig: 4 codings, linked to 2 codes');
    expect(chart.table.rows).toEqual([
      ['Grensearbeid/Tydelig', 'Grensearbeid/Tvetydig', 2],
      ['Grensearbeid/Tydelig', 'Hjelp', 3],
      ['Grensearbeid/Tvetydig', 'Hjelp', 1],
    ]);
  });

  it('draws a heavier pair wider and more opaque, and leaves out pairs below the threshold', () => {
    const all = networkChart(codeCooccurrence(rows, 'overlap'), 'en', 1);
    const drawn = links(all.marks);
    expect(drawn).toHaveLength(3);
    // Drawn weakest first, so the strongest lies on top.
    const widths = drawn.map((l) => l.strokeWidth!);
    const opacities = drawn.map((l) => l.opacity!);
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
    expect(opacities[0]).toBeLessThan(opacities[2]!);
    expect(toSvg(all)).toMatch(/<line [^>]*stroke-opacity="0\.85"/);

    const two = networkChart(codeCooccurrence(rows, 'overlap'), 'en', 2);
    expect(groups(two.marks, 'net:link:').map((g) => g.aria)).toEqual(['Grensearbeid/Tydelig and Grensearbeid/Tvetydig: 2', 'Grensearbeid/Tydelig and Hjelp: 3']);
    expect(two.table.rows.map((r) => r[2])).toEqual([2, 3]);
    // The nodes stay: a threshold hides links, not codes.
    expect(groups(two.marks, 'net:node:')).toHaveLength(3);
    expect(two.description).toContain('at least 2 times: 2 links between 3 codes');
  });

  it('with a threshold above every pair, still shows the codes and says to lower it', () => {
    const chart = networkChart(codeCooccurrence(rows, 'overlap'), 'nn', 10);
    expect(chart.empty).toBe(false);
    expect(links(chart.marks)).toHaveLength(0);
    expect(chart.table.rows).toEqual([]);
    expect(chart.description).toContain('senk terskelen');
  });

  it('places every label beside its node, never over it, and every node inside the drawing', () => {
    // 40 codes, each overlapping the next: a crowded layout.
    const many = Array.from({ length: 40 }, (_, i) => makeCode(`c${i}`, `Kode nummer ${i}`, null, i));
    const chain = many.map((c, i) => makeCoding(`k${i}`, c.id, 's1', i * 10, i * 10 + 15));
    const chart = networkChart(codeCooccurrence({ codes: many, codings: chain, sources: [] }, 'overlap'), 'nb');
    const nodes = groups(chart.marks, 'net:node:');
    expect(nodes).toHaveLength(40);
    for (const node of nodes) {
      const circle = node.marks[0] as Circle;
      const label = node.marks[1] as Text;
      if (label.anchor === 'start') expect(label.x).toBeGreaterThan(circle.cx + circle.r);
      else expect(label.x).toBeLessThan(circle.cx - circle.r);
      expect(circle.cx - circle.r).toBeGreaterThanOrEqual(0);
      expect(circle.cx + circle.r).toBeLessThanOrEqual(chart.width);
      expect(circle.cy - circle.r).toBeGreaterThanOrEqual(0);
      expect(circle.cy + circle.r).toBeLessThanOrEqual(chart.height);
    }
  });

  it('draws only the 300 strongest links of a hairball, says so, and keeps every pair in the table', () => {
    // 30 codes all coding one passage, and code i also the next i passages: 435 pairs of many strengths.
    const many = Array.from({ length: 30 }, (_, i) => makeCode(`c${i}`, `Kode ${i}`, null, i));
    const all = many.flatMap((c, i) => Array.from({ length: i + 1 }, (_, k) => makeCoding(`k${i}-${k}`, c.id, 's1', k * 10, k * 10 + 5)));
    const chart = networkChart(codeCooccurrence({ codes: many, codings: all, sources: [] }, 'overlap'), 'nb');
    const drawn = groups(chart.marks, 'net:link:');
    expect(drawn).toHaveLength(maxLinks);
    expect(chart.table.rows).toHaveLength(435);
    expect((chart.marks[0] as Text).text).toContain('de 300 sterkeste av 435');
    expect(chart.description).toContain('Bare de 300 sterkeste av 435 koblinger er tegnet');
    // The weakest drawn link is at least as strong as any pair left out.
    const drawnCounts = drawn.map((g) => Number(/: (\d+)$/.exec(g.aria ?? '')![1]));
    const tableCounts = chart.table.rows.map((r) => Number(r[2])).sort((a, b) => b - a);
    expect(Math.min(...drawnCounts)).toBeGreaterThanOrEqual(tableCounts[maxLinks]!);
  });

  it('is the readable empty state without codes or codings', () => {
    const none: Cooccurrence = { mode: 'overlap', codes: [], counts: [] };
    expect(networkChart(none, 'nb').empty).toBe(true);
    const uncoded = networkChart(codeCooccurrence({ codes, codings: [], sources: [] }, 'overlap'), 'en');
    expect(uncoded.empty).toBe(true);
    expect(uncoded.description).toBe('Nothing is coded yet: code some text to see this chart.');
  });

  it('keeps the heatmap the default co-occurrence view', () => {
    expect(buildChart('cooccurrence', rows, { language: 'en' }).title).toBe('Code co-occurrence');
    expect(buildChart('cooccurrence', rows, { language: 'en', cooccurrenceView: 'network' }).title).toBe('Code network');
  });
});
