import { describe, expect, it } from 'vitest';
import {
  buildChart,
  chartKinds,
  codeCooccurrence,
  codeFrequencies,
  cooccurrenceChart,
  frequenciesChart,
  matrixChart,
  sourceCodeMatrix,
  toSvg,
  type ChartRows,
  type Mark,
} from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

const sources = [
  { id: 's1', title: 'Dialog 2: Husleie', order: 0 },
  { id: 's2', title: 'Dialog 10: Strøm', order: 1 },
  { id: 's3', title: 'Intervju med Ola Nordmann', order: 2 },
];
const codes = [
  makeCode('bw', 'Grensearbeid', null, 0),
  makeCode('clear', 'Tydelig', 'bw', 0),
  makeCode('amb', 'Tvetydig', 'bw', 1),
  makeCode('help', 'Hjelp', null, 1),
];

/** Flattens groups: every drawn mark, for counting. */
function flat(marks: Mark[]): Mark[] {
  return marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));
}
const keyed = (marks: Mark[], prefix: string) => flat(marks).filter((m) => m.key?.startsWith(prefix));

describe('empty state', () => {
  const empty: ChartRows = { codes: [], codings: [], sources: [] };
  it.each(chartKinds)('%s without codes is a chart with a message and no data marks, in each language', (kind) => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const chart = buildChart(kind, empty, { language });
      expect(chart.empty).toBe(true);
      expect(chart.marks.some((m) => m.type === 'rect' || m.type === 'group')).toBe(false);
      expect(chart.table.rows).toEqual([]);
      expect(toSvg(chart)).toContain(chart.description);
    }
    expect(buildChart(kind, empty, { language: 'nn' }).description).toMatch(/Ingen kodar enno/);
  });

  it.each(chartKinds)('%s with codes but no codings says to code something', (kind) => {
    const chart = buildChart(kind, { codes, codings: [], sources }, { language: 'en' });
    expect(chart.empty).toBe(true);
    expect(chart.description).toMatch(/Nothing is coded yet/);
  });
});

describe('code frequencies', () => {
  const codings = [
    makeCoding('1', 'clear', 's1', 0, 5),
    makeCoding('2', 'clear', 's1', 10, 20),
    makeCoding('3', 'amb', 's2', 0, 5),
    makeCoding('4', 'help', 's3', 0, 5),
  ];

  it('counts codings and sources per code with sub-codes, in codebook order, one bar group per code', () => {
    const frequencies = codeFrequencies({ codes, codings });
    expect(frequencies.map((f) => [f.path, f.depth, f.codings, f.sources])).toEqual([
      ['Grensearbeid', 0, 3, 2],
      ['Grensearbeid/Tydelig', 1, 2, 1],
      ['Grensearbeid/Tvetydig', 1, 1, 1],
      ['Hjelp', 0, 1, 1],
    ]);
    const chart = frequenciesChart(frequencies, 'nb');
    const bars = keyed(chart.marks, 'code:');
    expect(bars).toHaveLength(4);
    expect(bars[1]).toMatchObject({ aria: 'Grensearbeid/Tydelig: kodinger 2, kilder 1' });
    // A sub-code is indented past its parent.
    const labelX = (i: number) => ((bars[i] as Extract<Mark, { type: 'group' }>).marks[0] as Extract<Mark, { type: 'text' }>).x;
    expect(labelX(1)).toBeGreaterThan(labelX(0));
    expect(chart.table.rows[0]).toEqual(['Grensearbeid', 0, 3, 2]);
  });

  it('folds a parent: its sub-codes leave the chart, its bar keeps their numbers and says so; the table keeps all', () => {
    const frequencies = codeFrequencies({ codes, codings });
    const chart = frequenciesChart(frequencies, 'nb', new Set(['bw']));
    const bars = keyed(chart.marks, 'code:') as Extract<Mark, { type: 'group' }>[];
    expect(bars.map((b) => b.key)).toEqual(['code:bw', 'code:help']);
    expect(bars[0]).toMatchObject({ aria: 'Grensearbeid: kodinger 3, kilder 2 (underkodene er skjult)' });
    expect((bars[0]!.marks[0] as Extract<Mark, { type: 'text' }>).text).toBe('▸ Grensearbeid');
    expect(chart.description).toContain('Underkodene til Grensearbeid er skjult');
    expect(chart.table.rows).toHaveLength(4);
    // Folding a code without sub-codes changes nothing.
    expect(frequenciesChart(frequencies, 'nb', new Set(['help']))).toEqual(frequenciesChart(frequencies, 'nb'));
  });

  it('draws one code alone', () => {
    const chart = frequenciesChart(codeFrequencies({ codes: [makeCode('a', 'Eneste')], codings: [makeCoding('1', 'a', 's1', 0, 1)] }), 'en');
    expect(chart.empty).toBe(false);
    expect(keyed(chart.marks, 'code:')).toHaveLength(1);
    expect(chart.description).toContain('Eneste (codings: 1)');
  });

  it('lays out 500 codes as 500 rows, each below the last', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeCode(`c${i}`, `Kode ${i}`, i % 5 === 0 ? null : `c${i - (i % 5)}`, i));
    const codings = many.map((c, i) => makeCoding(`k${i}`, c.id, `s${i % 3}`, i, i + 2));
    const chart = frequenciesChart(codeFrequencies({ codes: many, codings }), 'nb');
    const groups = keyed(chart.marks, 'code:') as Extract<Mark, { type: 'group' }>[];
    expect(groups).toHaveLength(500);
    const ys = groups.map((g) => (g.marks[1] as Extract<Mark, { type: 'rect' }>).y);
    expect(ys.every((y, i) => i === 0 || y > ys[i - 1]!)).toBe(true);
    expect(chart.height).toBeGreaterThan(ys.at(-1)!);
  });
});

describe('co-occurrence', () => {
  // s1: clear [0,10) overlaps amb [5,15) and help [8,9); amb [20,30) touches help [30,40) only at the edge.
  const codings = [
    makeCoding('1', 'clear', 's1', 0, 10),
    makeCoding('2', 'amb', 's1', 5, 15),
    makeCoding('3', 'help', 's1', 8, 9),
    makeCoding('4', 'amb', 's1', 20, 30),
    makeCoding('5', 'help', 's1', 30, 40),
    makeCoding('6', 'clear', 's2', 0, 4),
    makeCoding('7', 'help', 's2', 50, 60),
  ];
  const rows: ChartRows = {
    codes,
    codings,
    sources,
    messages: [
      { sourceId: 's1', start: 0, end: 25 },
      { sourceId: 's1', start: 25, end: 45 },
      { sourceId: 's2', start: 0, end: 100 },
    ],
  };
  const at = (data: ReturnType<typeof codeCooccurrence>, a: string, b: string) =>
    data.counts[data.codes.findIndex((c) => c.codeId === a)]![data.codes.findIndex((c) => c.codeId === b)];

  it('counts overlapping segments, not ones that only touch; the diagonal is the code’s own codings', () => {
    const data = codeCooccurrence(rows, 'overlap');
    expect(at(data, 'clear', 'amb')).toBe(1);
    expect(at(data, 'amb', 'clear')).toBe(1);
    expect(at(data, 'clear', 'help')).toBe(1);
    expect(at(data, 'amb', 'help')).toBe(1);
    expect(at(data, 'clear', 'clear')).toBe(2);
    expect(at(data, 'help', 'help')).toBe(3);
    expect(at(data, 'bw', 'clear')).toBe(0);
  });

  it('counts messages that hold both codes, and sources that hold both', () => {
    const byMessage = codeCooccurrence(rows, 'message');
    // m1 holds clear, amb, help; m2 holds amb (20–30 reaches into it) and help; m3 holds clear and help.
    expect(at(byMessage, 'amb', 'help')).toBe(2);
    expect(at(byMessage, 'clear', 'help')).toBe(2);
    expect(at(byMessage, 'clear', 'amb')).toBe(1);
    expect(at(byMessage, 'help', 'help')).toBe(3);
    const bySource = codeCooccurrence(rows, 'source');
    expect(at(bySource, 'clear', 'help')).toBe(2);
    expect(at(bySource, 'clear', 'amb')).toBe(1);
  });

  it('agrees with comparing every pair on many nested, chained and empty segments', () => {
    const many = Array.from({ length: 400 }, (_, i) => makeCoding(`x${i}`, codes[i % 4]!.id, `s${i % 2}`, (i * 7) % 300, ((i * 7) % 300) + (i % 13) * 5));
    const data = codeCooccurrence({ codes, codings: many, sources }, 'overlap');
    const brute = codes.map(() => codes.map(() => 0));
    const index = new Map(codes.map((c, i) => [c.id, i]));
    many.forEach((a, i) => {
      brute[index.get(a.codeId)!]![index.get(a.codeId)!]!++;
      many.slice(i + 1).forEach((b) => {
        if (a.sourceId !== b.sourceId || a.codeId === b.codeId) return;
        // Overlap = at least one character in common (an empty segment shares none).
        if (Math.max(a.start, b.start) < Math.min(a.end, b.end)) {
          brute[index.get(a.codeId)!]![index.get(b.codeId)!]!++;
          brute[index.get(b.codeId)!]![index.get(a.codeId)!]!++;
        }
      });
    });
    const order = data.codes.map((c) => index.get(c.codeId)!);
    expect(data.counts).toEqual(order.map((i) => order.map((j) => brute[i]![j])));
  });

  it('draws one cell per non-zero count, the pair in its accessible name', () => {
    const chart = cooccurrenceChart(codeCooccurrence(rows, 'overlap'), 'en');
    const cells = keyed(chart.marks, 'cooc:');
    const nonZero = codeCooccurrence(rows, 'overlap').counts.flat().filter((n) => n > 0).length;
    expect(cells).toHaveLength(nonZero);
    expect(cells.map((c) => c.type === 'group' && c.aria)).toContain('Grensearbeid/Tydelig and Grensearbeid/Tvetydig: 1');
    expect(chart.table.rows).toHaveLength(nonZero);
  });
});

describe('source × code matrix', () => {
  const codings = [
    makeCoding('1', 'clear', 's1', 0, 5),
    makeCoding('2', 'clear', 's3', 0, 5),
    makeCoding('3', 'amb', 's3', 10, 15),
    makeCoding('4', 'help', 's2', 0, 5),
    makeCoding('5', 'gone', 's2', 0, 5),
  ];
  it('sorts by title in number-aware order or by total, largest first', () => {
    const byTitle = sourceCodeMatrix({ codes, codings, sources }, 'title');
    expect(byTitle.sources.map((s) => s.title)).toEqual(['Dialog 2: Husleie', 'Dialog 10: Strøm', 'Intervju med Ola Nordmann']);
    const byTotal = sourceCodeMatrix({ codes, codings, sources }, 'total');
    expect(byTotal.sources.map((s) => [s.title, s.total])).toEqual([
      ['Intervju med Ola Nordmann', 2],
      ['Dialog 2: Husleie', 1],
      ['Dialog 10: Strøm', 1],
    ]);
    const chart = matrixChart(byTotal, 'nb');
    expect(chart.table.columns).toEqual(['Kilde', 'Grensearbeid', 'Grensearbeid/Tydelig', 'Grensearbeid/Tvetydig', 'Hjelp', 'Totalt']);
    expect(chart.table.rows[0]).toEqual(['Intervju med Ola Nordmann', 0, 1, 1, 0, 2]);
    expect(keyed(chart.marks, 'matrix:')).toHaveLength(4);
  });
});
