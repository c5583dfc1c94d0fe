import { describe, expect, it } from 'vitest';
import { meetsTarget, parseTarget, toJsonRows } from '../../bench/json-rows';
import type { BenchRow } from '../../bench/row';

// The shape of `npm run --silent bench -- --json`, from made-up figures: no time is measured here.
const rows: BenchRow[] = [
  {
    name: 'import 1,000 threads (5.2 MB) end to end',
    ms: 3000.456,
    baselineName: 'raw Dexie bulkPut, same records',
    baselineMs: 1000,
    target: '< 5000 ms and ≤ 2× raw',
    note: 'of which parsing …',
  },
  {
    name: 'retrieval NOT (40,000 codings in one 500k-char source)',
    ms: 140,
    baselineMs: 10,
    baselineName: 'sort',
    target: '< 100 ms',
  },
  { name: 'add one coding in the app: stored and read back', ms: 61.04, note: 'for reading' },
];

describe('bench JSON rows', () => {
  it('one object per scenario with exactly the agreed keys, raw and ratio null without a raw figure', () => {
    const json = toJsonRows(rows);
    expect(json).toHaveLength(rows.length);
    for (const row of json)
      expect(Object.keys(row).sort()).toEqual(['pass', 'ratio', 'raw', 'scenario', 'target', 'unit', 'value']);
    expect(json).toEqual([
      {
        scenario: 'import 1,000 threads (5.2 MB) end to end',
        value: 3000.46,
        unit: 'ms',
        raw: 1000,
        ratio: 3,
        target: '< 5000 ms and ≤ 2× raw',
        pass: false,
      },
      {
        scenario: 'retrieval NOT (40,000 codings in one 500k-char source)',
        value: 140,
        unit: 'ms',
        raw: 10,
        ratio: 14,
        target: '< 100 ms',
        pass: false,
      },
      {
        scenario: 'add one coding in the app: stored and read back',
        value: 61.04,
        unit: 'ms',
        raw: null,
        ratio: null,
        target: null,
        pass: null,
      },
    ]);
  });

  it('survives JSON: no NaN, undefined or functions slip into the array', () => {
    const json = toJsonRows(rows);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reads targets on the figure and on its ratio to raw, with thousands separators', () => {
    expect(parseTarget('< 100 ms')).toEqual([{ of: 'value', strict: true, bound: 100 }]);
    expect(parseTarget('< 5,000 ms and ≤ 2× raw')).toEqual([
      { of: 'value', strict: true, bound: 5000 },
      { of: 'ratio', strict: false, bound: 2 },
    ]);
    expect(parseTarget('<= 1.5x raw')).toEqual([{ of: 'ratio', strict: false, bound: 1.5 }]);
    expect(parseTarget('(for reading)')).toBeNull();
    expect(parseTarget('< 100 ms and fast')).toBeNull();
  });

  it('passes a figure only when every condition holds; strict and inclusive bounds differ at the edge', () => {
    expect(meetsTarget('< 100 ms', 99.9, null)).toBe(true);
    expect(meetsTarget('< 100 ms', 100, null)).toBe(false);
    expect(meetsTarget('≤ 100 ms', 100, null)).toBe(true);
    expect(meetsTarget('< 5000 ms and ≤ 2× raw', 4000, 2)).toBe(true);
    expect(meetsTarget('< 5000 ms and ≤ 2× raw', 4000, 2.01)).toBe(false);
    expect(meetsTarget('< 5000 ms and ≤ 2× raw', 6000, 1)).toBe(false);
  });

  it('gives no verdict without a target, for a target it cannot read, or for a ratio without raw', () => {
    expect(meetsTarget(null, 1, null)).toBeNull();
    expect(meetsTarget('(for reading)', 1, null)).toBeNull();
    expect(meetsTarget('≤ 2× raw', 1, null)).toBeNull();
  });
});
