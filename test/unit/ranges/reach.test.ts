import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStartingBefore, farthestEnd, firstAbove, reachIndex, sortedByStart } from '../../../shared/ranges/reach';

const rangesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 })), { maxLength: 15 })
  .map((list) => list.map(([start, length], i) => ({ id: `r${i}`, start, end: start + length })));

describe('reach index', () => {
  it('the farthest end among ranges starting before a bound, leaving one out, is what scanning them all gives', () => {
    fc.assert(
      fc.property(
        rangesArb,
        fc.integer({ min: -2, max: 45 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 15 }),
        (ranges, bound, inclusive, self) => {
          const selfId = `r${self}`; // sometimes no range has it
          const index = reachIndex(sortedByStart(ranges));
          const ends = ranges
            .filter((r) => r.id !== selfId && (r.start < bound || (inclusive && r.start === bound)))
            .map((r) => r.end);
          expect(farthestEnd(index, bound, inclusive, selfId)).toBe(ends.length > 0 ? Math.max(...ends) : null);
          expect(countStartingBefore(index.sorted, bound, inclusive)).toBe(
            ranges.filter((r) => r.start < bound || (inclusive && r.start === bound)).length,
          );
        },
      ),
    );
  });

  it('leaves out only the range asked about, even when another ends at the same place', () => {
    const index = reachIndex([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 2, end: 10 },
      { id: 'c', start: 4, end: 6 },
    ]);
    expect(farthestEnd(index, 5, false, 'a')).toBe(10);
    expect(farthestEnd(index, 1, false, 'a')).toBeNull();
    expect(farthestEnd(index, 0, false)).toBeNull();
    expect(farthestEnd(index, 0, true)).toBe(10);
  });

  it('finds the first range in start order that ends after a point', () => {
    fc.assert(
      fc.property(rangesArb, fc.integer({ min: -2, max: 45 }), (ranges, at) => {
        const index = reachIndex(sortedByStart(ranges));
        const first = index.sorted.findIndex((r) => r.end > at);
        expect(firstAbove(index.reach, at)).toBe(first === -1 ? ranges.length : first);
      }),
    );
  });
});
