import { describe, expect, it } from 'vitest';
import { keepUnchangedRows } from '../../../renderer/features/coding/same-rows';

const row = (id: string, start: number, codeId = 'k1') => ({ id, start, end: start + 5, codeId });

describe('keepUnchangedRows', () => {
  it('keeps the previous list itself when a re-read holds the same rows as fresh objects', () => {
    const before = [row('a', 0), row('b', 10)];
    const reread = [row('b', 10), row('a', 0)];
    expect(keepUnchangedRows(before, reread)).toBe(before);
  });

  it('keeps unchanged rows as the same objects and hands over the one that changed', () => {
    const before = [row('a', 0), row('b', 10), row('c', 20)];
    const after = keepUnchangedRows(before, [row('a', 0), row('b', 10, 'k2'), row('c', 20), row('d', 30)]);
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).toEqual(row('b', 10, 'k2'));
    expect(after.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets a removed row go', () => {
    const before = [row('a', 0), row('b', 10)];
    const after = keepUnchangedRows(before, [row('b', 10)]);
    expect(after).toEqual([before[1]]);
    expect(after[0]).toBe(before[1]);
  });
});
