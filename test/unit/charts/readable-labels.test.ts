import { describe, expect, it } from 'vitest';
import { buildChart, chartLanguages, matrixChart, sourceCodeMatrix, strategiesChart, type Mark, type StrategyBar } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

const flat = (marks: Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));
const texts = (marks: Mark[]) => flat(marks).filter((m): m is Extract<Mark, { type: 'text' }> => m.type === 'text');

describe('labels that stay readable on the demo project’s shapes', () => {
  it('drops a segment label to a second line when the thin segment before it has its label there', () => {
    // The published split: 3 / 13 / 31 of 47; "3 (6 %)" is wider than its 6 % segment.
    const bar: StrategyBar = {
      key: 'response',
      total: 47,
      segments: [
        { category: 'no-written-response', codeId: 'none', sources: 3 },
        { category: 'help-without-boundary-work', codeId: 'help', sources: 13 },
        { category: 'boundary-work', codeId: 'bw', sources: 31 },
      ],
    };
    const chart = strategiesChart([bar], 'nb');
    const [three, thirteen, thirtyOne] = ['3 (6 %)', '13 (28 %)', '31 (66 %)'].map((text) => texts(chart.marks).find((t) => t.text === text)!);
    expect(thirteen!.y).toBeGreaterThan(three!.y);
    // The wide segment's label has room again on the first line.
    expect(thirtyOne!.y).toBe(three!.y);
    // Still inside the chart.
    expect(thirteen!.y).toBeLessThan(chart.height);
  });

  it('gives 69 sources × 21 codes cells big enough to write their counts in, at a readable size', () => {
    const codes = Array.from({ length: 21 }, (_, i) => makeCode(`c${i}`, `Kode ${i + 1}`, null, i));
    const sources = Array.from({ length: 69 }, (_, i) => ({ id: `s${i}`, title: `Dialog ${i + 1}`, order: i }));
    const codings = sources.map((s, i) => makeCoding(`k${i}`, `c${i % 21}`, s.id, 0, 10));
    const chart = matrixChart(sourceCodeMatrix({ codes, codings, sources }, 'title'), 'nb');
    const cells = flat(chart.marks).filter((m): m is Extract<Mark, { type: 'group' }> => m.type === 'group' && (m.key?.startsWith('matrix:') ?? false));
    expect(cells).toHaveLength(69);
    expect(cells.every((g) => g.marks.some((m) => m.type === 'text' && m.text === '1'))).toBe(true);
    const rowLabel = texts(chart.marks).find((t) => t.text === 'Dialog 1')!;
    expect(rowLabel.size).toBeGreaterThanOrEqual(11);
  });

  it('writes a long empty-state message on as many lines as it needs inside the chart, every word kept', () => {
    // Codes and codings, but none of the study's codes and no STC work: the longest messages.
    const rows = {
      codes: [makeCode('h', 'Husleie', null, 0)],
      codings: [makeCoding('1', 'h', 's', 0, 10)],
      sources: [{ id: 's', title: 'Dialog 1', order: 0 }],
    };
    for (const language of chartLanguages) {
      for (const kind of ['strategies', 'delays', 'stc-flow'] as const) {
        const chart = buildChart(kind, rows, { language });
        expect(chart.empty).toBe(true);
        const lines = texts(chart.marks).slice(1);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.map((l) => l.text).join(' ')).toBe(chart.description);
        // 13-unit text is at most about 7 units a character.
        for (const line of lines) expect(line.x + line.text.length * 7).toBeLessThanOrEqual(chart.width);
        expect(lines.at(-1)!.y).toBeLessThan(chart.height);
      }
    }
  });
});
