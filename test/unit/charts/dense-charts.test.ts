import { describe, expect, it } from 'vitest';
import { codeCooccurrence, codeline, codelineChart, cooccurrenceChart, sequentialBlue, type Mark } from '../../../shared/charts';
import type { Coding } from '../../../shared/model';
import { makeCode, makeCoding } from '../codebook/make-code';

function flat(marks: Mark[]): Mark[] {
  return marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));
}
const paths = (marks: Mark[]) => flat(marks).filter((m): m is Extract<Mark, { type: 'path' }> => m.type === 'path');
/** The rectangles of a path written as `M x y h w v h h -w Z` runs: their widths. */
const runWidths = (d: string) => [...d.matchAll(/M[\d.]+ [\d.]+h([\d.]+)v/g)].map((m) => Number(m[1]));

// 120 codes under 12 themes, and codings that put most codes together somewhere.
const codes = Array.from({ length: 120 }, (_, i) => makeCode(`c${i}`, `Kode ${i}`, i % 10 === 0 ? null : `c${i - (i % 10)}`, i));
const codings: Coding[] = Array.from({ length: 3000 }, (_, i) => makeCoding(`k${i}`, `c${(i * 7) % 120}`, `s${i % 15}`, (i * 37) % 5000, ((i * 37) % 5000) + 60));

describe('a dense heatmap (more than 90 codes)', () => {
  it('draws every non-zero cell exactly once as shaded runs, outlines the diagonal, and keeps the numbers in the table', () => {
    const data = codeCooccurrence({ codes, codings, sources: [] }, 'source');
    const chart = cooccurrenceChart(data, 'nb');
    const nonZero = data.counts.flat().filter((n) => n > 0).length;
    const cell = Math.floor(900 / 120);
    const [outline, ...reverse] = paths(chart.marks).reverse();
    const shaded = reverse.reverse();
    // One path per shade of the ramp, not one element per cell.
    expect(shaded.length).toBeLessThanOrEqual(16);
    const cells = shaded.flatMap((p) => runWidths(p.d)).reduce((sum, w) => sum + Math.round(w / cell), 0);
    expect(cells).toBe(nonZero);
    expect(outline!.fill).toBe('none');
    expect(runWidths(outline!.d)).toHaveLength(data.counts.filter((row, i) => row[i]! > 0).length);
    // No 10,000 tab stops: the grid's numbers are read in the data table.
    expect(flat(chart.marks).filter((m) => m.key?.startsWith('cooc:'))).toHaveLength(0);
    expect(chart.table.rows).toHaveLength(nonZero);
  });

  it('names every second row and column when the cells are smaller than the names’ text, so they do not print over each other', () => {
    const many = Array.from({ length: 200 }, (_, i) => makeCode(`m${i}`, `Kode ${i}`, null, i));
    const some = Array.from({ length: 400 }, (_, i) => makeCoding(`n${i}`, `m${i % 200}`, `s${i % 4}`, i, i + 30));
    const chart = cooccurrenceChart(codeCooccurrence({ codes: many, codings: some, sources: [] }, 'overlap'), 'nb');
    const rowNames = flat(chart.marks).filter((m): m is Extract<Mark, { type: 'text' }> => m.type === 'text' && m.anchor === 'end');
    expect(rowNames.length).toBe(100);
    rowNames.slice(1).forEach((name, i) => expect(name.y - rowNames[i]!.y).toBeGreaterThanOrEqual(name.size!));
    // Every name is still in the table.
    expect(new Set(chart.table.rows.map((r) => r[0])).size).toBe(200);
  });
});

describe('the co-occurrence ramp', () => {
  it('spans the pairs, so a code used far more often than any pair does not wash the pairs out to white', () => {
    const two = [makeCode('a', 'Økonomi', null, 0), makeCode('b', 'Frister', null, 1)];
    const many = Array.from({ length: 50 }, (_, i) => makeCoding(`a${i}`, 'a', 's', i * 100, i * 100 + 50));
    const pairs = [makeCoding('b1', 'b', 's', 10, 20), makeCoding('b2', 'b', 's', 110, 120)];
    const chart = cooccurrenceChart(codeCooccurrence({ codes: two, codings: [...many, ...pairs], sources: [] }, 'overlap'), 'nb');
    const cell = (key: string) => flat(chart.marks).find((m) => m.key === key) as Extract<Mark, { type: 'group' }>;
    const fill = (key: string) => (cell(key).marks[0] as Extract<Mark, { type: 'rect' }>).fill;
    // The pair (2) is the darkest pair; the diagonal's 50 is drawn as dark, and the legend says so.
    expect(fill('cooc:0:1')).toBe(sequentialBlue(1));
    expect(fill('cooc:0:0')).toBe(sequentialBlue(1));
    expect(chart.legend.map((l) => l.label)).toEqual(['Antall: 1', 'Antall: 2+']);
  });
});

describe('a crowded code line row (more than 100 codings)', () => {
  it('draws the crowded row as one path per top-level code and a quiet row coding by coding', () => {
    const themes = [makeCode('a', 'Økonomi', null, 0), makeCode('a1', 'Husleie', 'a', 0), makeCode('b', 'Frister', null, 1)];
    const busy = Array.from({ length: 150 }, (_, i) => makeCoding(`b${i}`, i % 3 === 0 ? 'b' : i % 3 === 1 ? 'a' : 'a1', 'busy', i * 10, i * 10 + 5));
    const quiet = [makeCoding('q1', 'a1', 'quiet', 0, 5), makeCoding('q2', 'b', 'quiet', 50, 60)];
    const sources = [
      { id: 'busy', title: 'Dialog 1', order: 0, length: 1500 },
      { id: 'quiet', title: 'Dialog 2', order: 1, length: 100 },
    ];
    const chart = codelineChart(codeline({ codes: themes, codings: [...busy, ...quiet], sources }), 'nb');
    const rows = chart.marks.filter((m): m is Extract<Mark, { type: 'group' }> => m.type === 'group');
    const busyPaths = paths(rows[0]!.marks);
    const perTheme = busyPaths.map((p) => [p.title, runWidths(p.d).length]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(perTheme).toEqual([
      ['Frister', 50],
      ['Økonomi', 100],
    ]);
    expect(rows[0]!.marks.some((m) => m.type === 'rect')).toBe(false);
    expect(rows[0]!.aria).toContain('150');
    expect(rows[1]!.marks.filter((m) => m.type === 'rect')).toHaveLength(2);
    expect(chart.table.rows).toHaveLength(152);
  });
});
