import { describe, expect, it } from 'vitest';
import { unitizedAlpha } from '../../../shared/agreement';

describe("unitized α (Krippendorff 1995/2004) on character ranges", () => {
  it('is 1 when every coder marks the same ranges', () => {
    const ranges = [
      { start: 3, end: 20 },
      { start: 40, end: 55 },
    ];
    const result = unitizedAlpha([{ length: 100, ranges: [ranges, ranges, ranges] }], 3);
    expect(result.value).toBeCloseTo(1, 10);
    expect(result.reason).toBeNull();
  });

  it('matches a case computed by hand: L = 10, A marks [2,6), B marks [3,6) → uα = 1 − 3.62/23 ≈ 0.8426', () => {
    // Observed: the two units overlap, δ² = (2−3)² + (6−6)² = 1; uD_o = 2·1 / (2·1·10²) = 0.01.
    // Expected: units 4 and 3 (N = 2), gaps 2, 4, 3, 4; numerator 28 + 16·2 + 10 + 9·5 = 115;
    // denominator 20·19 − (12 + 6) = 362; uD_e = (2/10)·115/362 = 23/362.
    const result = unitizedAlpha([{ length: 10, ranges: [[{ start: 2, end: 6 }], [{ start: 3, end: 6 }]] }], 2);
    expect(result.value).toBeCloseTo(1 - 3.62 / 23, 6);
    expect(result.units).toBe(2);
    expect(result.pairable).toBe(20);
  });

  it('falls when one coder marks a stretch the other leaves blank', () => {
    const same = unitizedAlpha([{ length: 50, ranges: [[{ start: 5, end: 15 }], [{ start: 5, end: 15 }]] }], 2);
    const extra = unitizedAlpha(
      [{ length: 50, ranges: [[{ start: 5, end: 15 }, { start: 30, end: 40 }], [{ start: 5, end: 15 }]] }],
      2,
    );
    expect(extra.value!).toBeLessThan(same.value!);
  });

  it('merges one coder\'s overlapping ranges and keeps gaps inside each source', () => {
    const split = unitizedAlpha(
      [{ length: 30, ranges: [[{ start: 2, end: 8 }, { start: 5, end: 12 }], [{ start: 2, end: 12 }]] }],
      2,
    );
    expect(split.value).toBeCloseTo(1, 10);
  });

  it('is undefined, not 0 or 1, when nobody marks anything, or with one coder', () => {
    expect(unitizedAlpha([{ length: 40, ranges: [[], []] }], 2)).toMatchObject({ value: null, reason: 'no-variation' });
    expect(unitizedAlpha([{ length: 40, ranges: [[{ start: 1, end: 4 }]] }], 1)).toMatchObject({
      value: null,
      reason: 'too-few-pairable',
    });
  });
});
