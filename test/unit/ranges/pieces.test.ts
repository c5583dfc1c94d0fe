import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverPieces } from '../../../shared/ranges';

describe('coverPieces', () => {
  it('cuts a text with two overlapping codings into plain, single and double pieces', () => {
    const pieces = coverPieces(
      [
        { id: 'b', start: 4, end: 10 },
        { id: 'a', start: 2, end: 6 },
      ],
      12,
    );
    expect(pieces).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 10, ids: ['b'] },
      { start: 10, end: 12, ids: [] },
    ]);
  });

  it('joins touching ranges of the same id into one piece and ignores empty ones', () => {
    expect(
      coverPieces(
        [
          { id: 'a', start: 0, end: 3 },
          { id: 'a', start: 3, end: 5 },
          { id: 'z', start: 4, end: 4 },
        ],
        5,
      ),
    ).toEqual([{ start: 0, end: 5, ids: ['a'] }]);
  });

  it('clips ranges to the text and gives nothing for an empty text', () => {
    expect(coverPieces([{ id: 'a', start: -3, end: 99 }], 4)).toEqual([{ start: 0, end: 4, ids: ['a'] }]);
    expect(coverPieces([{ id: 'a', start: 0, end: 3 }], 0)).toEqual([]);
  });

  it('matches, at every position, the ids of the ranges covering it; pieces are maximal', () => {
    const ranges = fc.array(
      fc
        .tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
        .map(([id, x, y]) => ({ id, start: Math.min(x, y), end: Math.max(x, y) })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(ranges, fc.integer({ min: 1, max: 30 }), (rs, length) => {
        const pieces = coverPieces(rs, length);
        expect(pieces[0]!.start).toBe(0);
        expect(pieces[pieces.length - 1]!.end).toBe(length);
        pieces.forEach((p, i) => {
          expect(p.end).toBeGreaterThan(p.start);
          if (i > 0) {
            expect(p.start).toBe(pieces[i - 1]!.end);
            expect(p.ids).not.toEqual(pieces[i - 1]!.ids);
          }
          for (let at = p.start; at < p.end; at++) {
            const covering = [...new Set(rs.filter((r) => r.start <= at && at < r.end).map((r) => r.id))].sort();
            expect(p.ids).toEqual(covering);
          }
        });
      }),
    );
  });
});
