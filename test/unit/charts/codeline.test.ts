import { describe, expect, it } from 'vitest';
import { buildChart, codeline, codelineChart, toSvg, type Mark } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

const codes = [
  makeCode('help', 'Hjelp', null, 1),
  makeCode('bw', 'Grensearbeid', null, 0),
  makeCode('clear', 'Tydelig', 'bw', 0),
  makeCode('clear-1', 'Vise til regelverk', 'clear', 0),
];
const sources = [
  { id: 's2', title: 'Intervju med Kari Nordmann', order: 1, length: 1000 },
  { id: 's1', title: 'Dialog 1: Husleie', order: 0, length: 200 },
  { id: 's3', title: 'Dialog 3: Strøm', order: 2 },
];
const codings = [
  makeCoding('1', 'clear-1', 's1', 100, 150),
  makeCoding('2', 'help', 's1', 0, 20),
  makeCoding('3', 'bw', 's2', 900, 1000),
  makeCoding('4', 'help', 's3', 40, 80),
];
const flat = (marks: Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));

describe('codings along each source', () => {
  it('places each coding by its start relative to the source length, under its top-level code', () => {
    const data = codeline({ codes, codings, sources });
    expect(data.roots.map((r) => r.name)).toEqual(['Grensearbeid', 'Hjelp']);
    expect(data.rows.map((r) => [r.title, r.length, r.ticks.map((t) => [t.rootId, t.start])])).toEqual([
      ['Dialog 1: Husleie', 200, [['help', 0], ['bw', 100]]],
      ['Intervju med Kari Nordmann', 1000, [['bw', 900]]],
      // Without a known length the source is as long as its furthest coding.
      ['Dialog 3: Strøm', 80, [['help', 40]]],
    ]);
  });

  it('draws one row per source, ticks at the same relative place whatever the length, coloured by top-level code', () => {
    const chart = codelineChart(codeline({ codes, codings, sources }), 'nb');
    const groups = flat(chart.marks).filter((m): m is Extract<Mark, { type: 'group' }> => m.type === 'group');
    expect(groups.map((g) => g.aria)).toEqual(['Dialog 1: Husleie, kodinger: 2', 'Intervju med Kari Nordmann, kodinger: 1', 'Dialog 3: Strøm, kodinger: 1']);
    const ticks = (i: number) => groups[i]!.marks.filter((m): m is Extract<Mark, { type: 'rect' }> => m.type === 'rect');
    // 100 of 200 and 40 of 80 are both halfway along.
    expect(ticks(0)[1]!.x).toBeCloseTo(ticks(2)[0]!.x);
    expect(ticks(0)[1]!.x).toBeGreaterThan(ticks(0)[0]!.x);
    expect(ticks(0)[1]!.fill).toBe(ticks(1)[0]!.fill);
    expect(ticks(0)[0]!.fill).not.toBe(ticks(0)[1]!.fill);
    expect(ticks(0)[1]!.title).toBe('Vise til regelverk ved 50 %');
    expect(chart.legend.map((l) => l.label)).toEqual(['Grensearbeid', 'Hjelp']);
    expect(chart.table.rows[1]).toEqual(['Dialog 1: Husleie', 'Grensearbeid', 'Vise til regelverk', 100, 150, 50]);
  });

  it('says what to do when there are no sources or nothing is coded', () => {
    expect(buildChart('codeline', { codes, codings: [], sources: [] }, { language: 'nn' }).description).toMatch(/Ingen kjelder enno/);
    expect(buildChart('codeline', { codes, codings: [], sources }, { language: 'en' }).description).toMatch(/Nothing is coded yet/);
  });

  it('writes a tiny case as SVG', () => {
    const tiny = codelineChart(
      codeline({ codes: [makeCode('h', 'Hjelp')], codings: [makeCoding('1', 'h', 's', 50, 60)], sources: [{ id: 's', title: 'Dialog 1', order: 0, length: 100 }] }),
      'en',
    );
    expect(toSvg(tiny)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="760" height="122" viewBox="0 0 760 122" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">Codings along each source</title>
      <desc id="chart-desc">Where the codings fall in each source, from beginning to end (codings: 1, sources: 1), coloured by top-level code.</desc>
      <rect x="0" y="0" width="760" height="122" fill="#FFFFFF"/>
      <text x="16" y="28" font-size="16" font-weight="bold" fill="#1A1A1A">Codings along each source</text>
      <text x="220" y="42" font-size="11" fill="#595959">Beginning</text>
      <text x="704" y="42" text-anchor="end" font-size="11" fill="#595959">End</text>
      <g role="group" aria-label="Dialog 1, codings: 1">
      <text x="16" y="61" font-size="11" fill="#1A1A1A"><title>Dialog 1</title>Dialog 1</text>
      <line x1="220" y1="57" x2="704" y2="57" stroke="#E0E0E0"/>
      <rect x="462" y="51" width="48.4" height="12" fill="#E69F00"><title>Hjelp at 50%</title></rect>
      <text x="710" y="61" font-size="11" fill="#595959">1</text>
      </g>
      <g role="list" aria-label="Hjelp">
      <g><rect x="16" y="106" width="12" height="12" fill="#E69F00" stroke="#767676"/><text x="34" y="116" font-size="12" fill="#1A1A1A">Hjelp</text></g>
      </g>
      </svg>
      "
    `);
  });
});
