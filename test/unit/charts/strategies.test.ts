import { describe, expect, it } from 'vitest';
import { buildChart, strategiesChart, strategyShares, toSvg, type Mark } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

// The study's response and strategy codes as a project made from the nb template has them.
const codes = [
  makeCode('resp', 'Respons', null, 0),
  makeCode('none', 'Ikke skriftlig svar', 'resp', 0),
  makeCode('help', 'Hjelp uten grensearbeid', 'resp', 1),
  makeCode('bw', 'Grensearbeid', 'resp', 2),
  makeCode('strat', 'Grensearbeid', null, 1),
  makeCode('clear', 'Tydelig', 'strat', 0),
  makeCode('amb', 'Tvetydig', 'strat', 1),
  makeCode('amb-1', 'Henvise videre', 'amb', 0),
];
const sources = ['s1', 's2', 's3', 's4'].map((id, order) => ({ id, title: `Dialog ${order + 1}`, order }));
const codings = [
  makeCoding('1', 'none', 's1', 0, 5),
  makeCoding('2', 'bw', 's2', 0, 5),
  makeCoding('3', 'bw', 's3', 0, 5),
  makeCoding('4', 'help', 's4', 0, 5),
  // Two codings in one source count one sequence; a sub-code counts for its parent.
  makeCoding('5', 'clear', 's2', 0, 3),
  makeCoding('6', 'clear', 's2', 3, 5),
  makeCoding('7', 'amb-1', 's2', 0, 5),
  makeCoding('8', 'amb', 's3', 0, 5),
];

const flat = (marks: Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));

describe('response types and strategies', () => {
  it('counts sequences (sources) per category, a source once, a sub-code for its parent', () => {
    const bars = strategyShares({ codes, codings });
    expect(bars.map((b) => [b.key, b.total, b.segments.map((s) => [s.category, s.sources])])).toEqual([
      ['response', 4, [['no-written-response', 1], ['help-without-boundary-work', 1], ['boundary-work', 2]]],
      ['strategy', 3, [['clear', 1], ['ambiguous', 2]]],
    ]);
  });

  it('draws each category as its share of the bar, with counts and percentages in the labels', () => {
    const chart = strategiesChart(strategyShares({ codes, codings }), 'nb');
    const groups = flat(chart.marks).filter((m) => m.type === 'group');
    expect(groups.map((g) => g.key)).toEqual([
      'segment:response:no-written-response',
      'segment:response:help-without-boundary-work',
      'segment:response:boundary-work',
      'segment:strategy:clear',
      'segment:strategy:ambiguous',
    ]);
    expect(groups[2]).toMatchObject({ aria: 'Responstype – Grensearbeid: 2 av 4 (50 %)' });
    const width = (i: number) => ((groups[i] as Extract<Mark, { type: 'group' }>).marks[0] as Extract<Mark, { type: 'rect' }>).width;
    // Boundary work is half the response bar, twice no written response; each bar fills the same width.
    expect(width(2)).toBeCloseTo(2 * width(0));
    expect(width(0) + width(1) + width(2)).toBeCloseTo(width(3) + width(4));
    expect(chart.table.rows).toContainEqual(['Strategi for grensearbeid', 'Tvetydig', 2, 67]);
    expect(chart.legend.map((l) => l.label)).toContain('Ikke skriftlig svar');
    expect(strategiesChart(strategyShares({ codes, codings }), 'en').description).toMatch(/Largest response type: Boundary work \(2 of 4\)/);
  });

  it('adds a strategy bar per caseworker position coded with a strategy, none when positions are not coded', () => {
    const positions = [
      makeCode('pos', 'Posisjon', null, 2),
      makeCode('byr', 'Byråkratisk', 'pos', 0),
      makeCode('hjelp', 'Hjelper', 'pos', 1),
      makeCode('mot', 'Motivator', 'pos', 2),
    ];
    const withPositions = [
      ...codings,
      // s2 (clear and ambiguous) speaks bureaucratically twice; s3 (ambiguous) as a helper; the motivator has no strategy.
      makeCoding('p1', 'byr', 's2', 0, 2),
      makeCoding('p2', 'byr', 's2', 2, 4),
      makeCoding('p3', 'hjelp', 's3', 0, 2),
      makeCoding('p4', 'mot', 's1', 0, 2),
    ];
    const bars = strategyShares({ codes: [...codes, ...positions], codings: withPositions });
    expect(bars.slice(2).map((b) => [b.position?.name, b.segments.map((s) => [s.category, s.sources])])).toEqual([
      ['Byråkratisk', [['clear', 1], ['ambiguous', 1]]],
      ['Hjelper', [['clear', 0], ['ambiguous', 1]]],
    ]);
    const chart = strategiesChart(bars, 'nb');
    expect(chart.table.rows).toContainEqual(['Strategi · Hjelper', 'Tvetydig', 1, 100]);
    expect(chart.description).toMatch(/både posisjonen og en strategi/);
    expect(strategyShares({ codes: [...codes, ...positions], codings })).toHaveLength(2);
  });

  it('drops a count label a line when the thin segment before it would run into it', () => {
    const bars = [{ key: 'strategy' as const, total: 50, segments: [
      { category: 'clear' as const, codeId: 'clear', sources: 1 },
      { category: 'ambiguous' as const, codeId: 'amb', sources: 49 },
    ] }];
    const counts = flat(strategiesChart(bars, 'nb').marks).filter((m) => m.type === 'text' && /%\)$/.test(m.text));
    expect(counts.map((m) => (m as Extract<Mark, { type: 'text' }>).text)).toEqual(['1 (2 %)', '49 (98 %)']);
    const [first, second] = counts as Extract<Mark, { type: 'text' }>[];
    expect(second!.y).toBeGreaterThan(first!.y);
  });

  it('draws nothing for an empty category but keeps it in the table', () => {
    const chart = strategiesChart(strategyShares({ codes, codings: codings.filter((c) => c.codeId !== 'none') }), 'nn');
    expect(flat(chart.marks).some((m) => m.key === 'segment:response:no-written-response')).toBe(false);
    expect(chart.table.rows[0]).toEqual(['Responstype', 'Ikkje skriftleg svar', 0, 0]);
  });

  it('says so when the project has none of the study’s codes, or none of them coded', () => {
    const other = [makeCode('x', 'Bolig')];
    const without = buildChart('strategies', { codes: other, codings: [makeCoding('1', 'x', 's1', 0, 1)], sources }, { language: 'nn' });
    expect(without.empty).toBe(true);
    expect(without.description).toMatch(/kodeboka for grensearbeid/);
    const uncoded = buildChart('strategies', { codes, codings: [makeCoding('1', 'amb', 's1', 0, 0)].slice(1), sources }, { language: 'en' });
    expect(uncoded.description).toMatch(/Nothing is coded yet/);
    const otherCoded = buildChart('strategies', { codes: [...codes, ...other], codings: [makeCoding('1', 'x', 's1', 0, 1)], sources }, { language: 'en' });
    expect(otherCoded.empty).toBe(true);
    expect(otherCoded.description).toMatch(/No sequence is coded with a response type/);
  });

  it('writes a tiny case as SVG', () => {
    const tiny = strategiesChart(
      [{ key: 'strategy', total: 3, segments: [{ category: 'clear', codeId: 'c', sources: 1 }, { category: 'ambiguous', codeId: 'a', sources: 2 }] }],
      'en',
    );
    expect(toSvg(tiny)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="760" height="168" viewBox="0 0 760 168" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">Response types and boundary-work strategies</title>
      <desc id="chart-desc">Sequences (sources) per response type and per boundary-work strategy, as shares of each bar. Largest response type: Ambiguous (2 of 3). A sequence can carry both strategies, so the strategy bar may add up to more than the boundary-work sequences.</desc>
      <rect x="0" y="0" width="760" height="168" fill="#FFFFFF"/>
      <text x="16" y="28" font-size="16" font-weight="bold" fill="#1A1A1A">Response types and boundary-work strategies</text>
      <text x="16" y="77" font-size="12" font-weight="bold" fill="#1A1A1A">Boundary-work strategy</text>
      <text x="16" y="93" font-size="11" fill="#595959">n = 3</text>
      <g role="group" aria-label="Boundary-work strategy – Clear: 1 of 3 (33%)">
      <rect x="200" y="56" width="178.67" height="34" fill="#009E73" stroke="#FFFFFF"><title>Clear: 1 of 3 (33%)</title></rect>
      <text x="202" y="104" font-size="11" fill="#1A1A1A">1 (33%)</text>
      </g>
      <g role="group" aria-label="Boundary-work strategy – Ambiguous: 2 of 3 (67%)">
      <rect x="378.67" y="56" width="357.33" height="34" fill="#E69F00" stroke="#FFFFFF"><title>Ambiguous: 2 of 3 (67%)</title></rect>
      <text x="380.67" y="104" font-size="11" fill="#1A1A1A">2 (67%)</text>
      </g>
      <g role="list" aria-label="Clear, Ambiguous">
      <g><rect x="16" y="152" width="12" height="12" fill="#009E73" stroke="#767676"/><text x="34" y="162" font-size="12" fill="#1A1A1A">Clear</text></g>
      <g><rect x="206" y="152" width="12" height="12" fill="#E69F00" stroke="#767676"/><text x="224" y="162" font-size="12" fill="#1A1A1A">Ambiguous</text></g>
      </g>
      </svg>
      "
    `);
  });
});
