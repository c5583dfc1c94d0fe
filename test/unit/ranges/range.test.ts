import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRanges, gap, intersect, overlaps, within, type Range } from '../../../shared/ranges';

/** The code units a range covers, as a set: the plain meaning the arithmetic must agree with. */
function units(r: Range): Set<number> {
  const set = new Set<number>();
  for (let i = r.start; i < r.end; i++) set.add(i);
  return set;
}

const range = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
  .map(([a, b]): Range => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('overlaps', () => {
  it('needs a shared character: touching codings do not overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });

  it('an empty range (a caret) overlaps nothing, not even a range around it', () => {
    expect(overlaps({ start: 4, end: 4 }, { start: 0, end: 9 })).toBe(false);
    expect(overlaps({ start: 4, end: 4 }, { start: 4, end: 4 })).toBe(false);
  });

  it('agrees with sharing a code unit, and is symmetric', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        const shared = [...units(a)].some((u) => units(b).has(u));
        expect(overlaps(a, b)).toBe(shared);
        expect(overlaps(b, a)).toBe(shared);
      }),
    );
  });
});

describe('within', () => {
  it('holds for equal ranges and nested ones, not for ones sticking out', () => {
    expect(within({ start: 3, end: 5 }, { start: 3, end: 5 })).toBe(true);
    expect(within({ start: 3, end: 5 }, { start: 0, end: 10 })).toBe(true);
    expect(within({ start: 3, end: 11 }, { start: 0, end: 10 })).toBe(false);
    expect(within({ start: 0, end: 10 }, { start: 3, end: 5 })).toBe(false);
  });

  it('for non-empty ranges means every code unit of inner is in outer', () => {
    fc.assert(
      fc.property(range, range, (inner, outer) => {
        fc.pre(inner.end > inner.start);
        expect(within(inner, outer)).toBe([...units(inner)].every((u) => units(outer).has(u)));
      }),
    );
  });
});

describe('gap', () => {
  it('counts the characters between two ranges', () => {
    expect(gap({ start: 0, end: 5 }, { start: 8, end: 9 })).toBe(3);
    expect(gap({ start: 8, end: 9 }, { start: 0, end: 5 })).toBe(3);
    expect(gap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(gap({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(0);
  });

  it('is the distance between the two spans on the line: symmetric, never negative', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        let nearest = Infinity;
        for (let x = a.start; x <= a.end; x++)
          for (let y = b.start; y <= b.end; y++) nearest = Math.min(nearest, Math.abs(x - y));
        expect(gap(a, b)).toBe(nearest);
        expect(gap(b, a)).toBe(nearest);
      }),
    );
  });
});

describe('intersect', () => {
  it('gives the shared part or null', () => {
    expect(intersect({ start: 0, end: 6 }, { start: 4, end: 9 })).toEqual({ start: 4, end: 6 });
    expect(intersect({ start: 0, end: 5 }, { start: 5, end: 9 })).toBeNull();
  });

  it('covers exactly the shared code units', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        const shared = [...units(a)].filter((u) => units(b).has(u));
        const i = intersect(a, b);
        if (shared.length === 0) expect(i).toBeNull();
        else expect(i).toEqual({ start: shared[0], end: shared[shared.length - 1]! + 1 });
      }),
    );
  });
});

describe('compareRanges', () => {
  it('sorts by start, then shorter first', () => {
    const sorted = [
      { start: 5, end: 9 },
      { start: 0, end: 4 },
      { start: 0, end: 2 },
    ].sort(compareRanges);
    expect(sorted).toEqual([
      { start: 0, end: 2 },
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });
});
