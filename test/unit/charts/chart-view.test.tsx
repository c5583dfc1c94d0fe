import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildChart, chartKinds, toSvg, type ChartRows } from '../../../shared/charts';
import { num } from '../../../shared/charts/to-svg';
import { ChartView } from '../../../renderer/charts/ChartView';
import { makeCode, makeCoding } from '../codebook/make-code';

const codes = [makeCode('a', 'Hjelp', null, 0), makeCode('b', 'Avslag', null, 1), makeCode('c', 'Delvis', 'a', 0)];
const codings = [makeCoding('1', 'a', 's1', 0, 10), makeCoding('2', 'b', 's1', 5, 12), makeCoding('3', 'c', 's2', 0, 3), makeCoding('4', 'b', 's2', 1, 2)];
const rows: ChartRows = {
  codes,
  codings,
  sources: [
    { id: 's1', title: 'Intervju med Kari', order: 0 },
    { id: 's2', title: 'Fokusgruppe Nord', order: 1 },
  ],
};

/** The elements from the background rectangle on, in document order (the file adds `<title>`/`<desc>` before it). */
function tags(svg: string): string[] {
  const body = svg.slice(svg.indexOf('<rect'));
  return [...body.matchAll(/<(rect|line|path|circle|text|g|title)\b/g)].map((m) => m[1] ?? '');
}

/** Every rectangle's geometry as the file writes it (two decimals). */
function rects(svg: string): string[] {
  return [...svg.matchAll(/<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"/g)].map((m) =>
    m.slice(1).map((v) => num(Number(v))).join(' '),
  );
}

/** The kinds this small fixture has data for (strategies, delays and the STC flow need the study's codes, reply delays or STC rows: their files are checked by the CLI tests on the demo). */
const drawnKinds = chartKinds.filter((kind) => !['strategies', 'delays', 'stc-flow'].includes(kind));

describe('ChartView draws what toSvg writes', () => {
  it('covers every chart this fixture has data for', () => {
    expect(drawnKinds).toEqual(['frequencies', 'cooccurrence', 'matrix', 'codeline']);
  });

  for (const kind of drawnKinds) {
    it(`${kind}: the same elements and rectangles on screen as in the exported file, each described group focusable`, () => {
      const chart = buildChart(kind, rows, { language: 'nn' });
      const file = toSvg(chart);
      const screen = renderToStaticMarkup(<ChartView chart={chart} />);
      expect(chart.empty).toBe(false);
      expect(tags(screen)).toEqual(tags(file));
      expect(rects(screen)).toEqual(rects(file));
      const described = (file.match(/<g role="group" aria-label="/g) ?? []).length;
      expect(described).toBeGreaterThan(0);
      // One Tab stop for the whole chart (the first mark); the arrows reach the rest.
      expect((screen.match(/<g class="chart-mark" tabindex="0" role="img" aria-label="/g) ?? []).length).toBe(1);
      expect((screen.match(/<g class="chart-mark" tabindex="-1" role="img" aria-label="/g) ?? []).length).toBe(described - 1);
    });
  }

  it('draws the empty state as a readable message with nothing to tab to', () => {
    const chart = buildChart('frequencies', { codes: [], codings: [], sources: [] }, { language: 'nb' });
    const screen = renderToStaticMarkup(<ChartView chart={chart} />);
    expect(chart.empty).toBe(true);
    expect(screen).toContain('Ingen koder ennå');
    expect(screen).not.toContain('tabindex');
  });
});

describe('ChartView draws translucent marks as toSvg writes them', () => {
  it('the network view: the same elements, and each link’s stroke opacity, on screen as in the file', () => {
    const chart = buildChart('cooccurrence', rows, { language: 'en', cooccurrenceView: 'network' });
    const file = toSvg(chart);
    const screen = renderToStaticMarkup(<ChartView chart={chart} />);
    expect(tags(screen)).toEqual(tags(file));
    const opacities = (svg: string) => [...svg.matchAll(/stroke-opacity="([^"]+)"/g)].map((m) => num(Number(m[1])));
    expect(opacities(file).length).toBeGreaterThan(0);
    expect(opacities(screen)).toEqual(opacities(file));
  });

  it('the network view: the arrows reach the codes first, then the links drawn beneath them', () => {
    const chart = buildChart('cooccurrence', rows, { language: 'en', cooccurrenceView: 'network' });
    const screen = renderToStaticMarkup(<ChartView chart={chart} />);
    const walk = [...screen.matchAll(/<g class="chart-mark" tabindex="(-?\d)" role="img" aria-label="([^"]*)" data-focus-index="(\d+)"/g)]
      .map((m) => ({ tabStop: m[1] === '0', label: m[2]!, index: Number(m[3]) }))
      .sort((a, b) => a.index - b.index);
    const codes = walk.filter((m) => m.label.includes('linked to'));
    expect(codes.length).toBeGreaterThan(0);
    expect(walk.length).toBeGreaterThan(codes.length);
    expect(walk.slice(0, codes.length)).toEqual(codes);
    expect(walk[0]!.tabStop).toBe(true);
    // In the file the links come first: they are drawn beneath the codes.
    expect(screen.indexOf(' and ')).toBeLessThan(screen.indexOf('linked to'));
  });
});
