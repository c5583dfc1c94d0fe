import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeIndex, blockPiecesFrom, blocksCovering, changeBlockPieces, coverPieces, piecesWithin, updateBlockPieces, type IdRange } from '../../../shared/ranges';

const rangeArb = (ids: number) =>
  fc.record({ id: fc.integer({ min: 0, max: ids - 1 }).map((n) => `c${n}`), start: fc.integer({ min: 0, max: 300 }), len: fc.integer({ min: 0, max: 120 }) }).map(({ id, start, len }) => ({ id, start, end: start + len }));

const bruteOverlap = (ranges: IdRange[], start: number, end: number) => ranges.filter((r) => r.start < end && r.end > start && r.end > r.start).map((r) => r.id).sort();

/** The last range given for each id wins, as `set` does. */
const lastById = (ranges: IdRange[]) => [...new Map(ranges.map((r) => [r.id, r])).values()];

describe('RangeIndex', () => {
  it('finds a coding that spans many buckets once, and not after it is removed', () => {
    const index = new RangeIndex([{ id: 'long', start: 5, end: 5000 }, { id: 'short', start: 100, end: 110 }], 64);
    expect(index.overlapping(4000, 4010).map((r) => r.id)).toEqual(['long']);
    expect(index.overlapping(0, 6000).map((r) => r.id).sort()).toEqual(['long', 'short']);
    index.delete('long');
    expect(index.overlapping(4000, 4010)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('moves a range when it is set again under the same id', () => {
    const index = new RangeIndex([{ id: 'a', start: 0, end: 10 }], 16);
    index.set({ id: 'a', start: 200, end: 210 });
    expect(index.overlapping(0, 20)).toEqual([]);
    expect(index.overlapping(205, 206).map((r) => r.id)).toEqual(['a']);
  });

  it('answers like a scan of every range, after any adds and removes', () => {
    fc.assert(
      fc.property(fc.array(rangeArb(30), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 29 }), { maxLength: 10 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 200 }), (ranges, removed, qs, qlen) => {
        const index = new RangeIndex<IdRange>([], 32);
        for (const r of ranges) index.set(r);
        for (const n of removed) index.delete(`c${n}`);
        const live = lastById(ranges).filter((r) => !removed.includes(Number(r.id.slice(1))));
        expect(index.overlapping(qs, qs + qlen).map((r) => r.id).sort()).toEqual(bruteOverlap(live, qs, qs + qlen));
        expect(index.size).toBe(live.length);
      }),
    );
  });
});

describe('piecesWithin', () => {
  it('cuts one stretch exactly as the whole text is cut there', () => {
    fc.assert(
      fc.property(fc.array(rangeArb(8), { maxLength: 20 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 150 }), (ranges, start, len) => {
        const unique = ranges.map((r, i) => ({ ...r, id: `r${i}` }));
        const end = start + len;
        const whole = coverPieces(unique, 500)
          .map((p) => ({ start: Math.max(p.start, start), end: Math.min(p.end, end), ids: p.ids }))
          .filter((p) => p.end > p.start);
        expect(piecesWithin(unique, start, end)).toEqual(whole);
      }),
    );
  });
});

describe('block pieces kept up to date', () => {
  // Turns of 40 characters with two-character gaps between them, like "\n\n" between messages.
  const blocks = Array.from({ length: 12 }, (_, i) => ({ start: i * 42, end: i * 42 + 40 }));
  const length = 12 * 42;

  it('redraws only the turns a new coding covers; every other turn keeps its very array', () => {
    const before = blockPiecesFrom(blocks, [{ id: 'a', start: 5, end: 20 }, { id: 'b', start: 300, end: 310 }], length);
    const after = updateBlockPieces(before, [{ id: 'a', start: 5, end: 20 }, { id: 'b', start: 300, end: 310 }, { id: 'n', start: 90, end: 130 }]);
    const changed = after.pieces.map((p, i) => (p === before.pieces[i] ? null : i)).filter((i) => i !== null);
    expect(changed).toEqual([2, 3]);
    expect(after.pieces[2]).toEqual([{ start: 84, end: 90, ids: [] }, { start: 90, end: 124, ids: ['n'] }]);
  });

  it('keeps the pieces array itself when only a code changed (same places)', () => {
    const before = blockPiecesFrom(blocks, [{ id: 'a', start: 5, end: 20 }], length);
    expect(updateBlockPieces(before, [{ id: 'a', start: 5, end: 20 }]).pieces).toBe(before.pieces);
  });

  it('cuts anew from a state the index has moved on from (a computed state that was never kept)', () => {
    const kept = blockPiecesFrom(blocks, [{ id: 'a', start: 5, end: 20 }], length);
    updateBlockPieces(kept, [{ id: 'a', start: 5, end: 20 }, { id: 'x', start: 100, end: 110 }]);
    const next = updateBlockPieces(kept, [{ id: 'a', start: 5, end: 20 }, { id: 'y', start: 200, end: 210 }]);
    expect(next.pieces).toEqual(blockPiecesFrom(blocks, [{ id: 'a', start: 5, end: 20 }, { id: 'y', start: 200, end: 210 }], length).pieces);
  });

  it('after any sequence of adds, moves and removes, draws what cutting the whole document anew draws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rangeArb(15), { maxLength: 15 }), { minLength: 1, maxLength: 6 }), (steps) => {
        let state = blockPiecesFrom(blocks, lastById(steps[0]!), length);
        for (const step of steps.slice(1)) {
          const ranges = lastById(step);
          state = updateBlockPieces(state, ranges);
          expect(state.pieces).toEqual(blockPiecesFrom(blocks, ranges, length).pieces);
        }
      }),
    );
  });

  it('from the changes alone (added, removed, changed) draws what cutting the whole document anew draws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rangeArb(15), { maxLength: 15 }), { minLength: 1, maxLength: 6 }), (steps) => {
        let ranges = lastById(steps[0]!);
        let state = blockPiecesFrom(blocks, ranges, length);
        for (const step of steps.slice(1)) {
          const next = lastById(step);
          const before = new Map(ranges.map((r) => [r.id, r]));
          const after = new Map(next.map((r) => [r.id, r]));
          const changes = {
            added: next.filter((r) => !before.has(r.id)),
            removed: ranges.filter((r) => !after.has(r.id)),
            changed: next.filter((r) => before.has(r.id)).map((r) => ({ before: before.get(r.id)!, after: r })),
          };
          state = changeBlockPieces(state, changes, next);
          expect(state.pieces).toEqual(blockPiecesFrom(blocks, next, length).pieces);
          ranges = next;
        }
      }),
    );
  });

  it('adding one range through its change re-cuts only the turns it covers', () => {
    const before = blockPiecesFrom(blocks, [{ id: 'a', start: 5, end: 20 }], length);
    const n = { id: 'n', start: 90, end: 130 };
    const after = changeBlockPieces(before, { added: [n], removed: [], changed: [] }, [{ id: 'a', start: 5, end: 20 }, n]);
    expect(after.pieces.map((p, i) => (p === before.pieces[i] ? null : i)).filter((i) => i !== null)).toEqual([2, 3]);
  });

  it('finds the turns a range reaches, none for a range in the gap between turns', () => {
    expect([...blocksCovering(blocks, [{ start: 39, end: 43 }])]).toEqual([0, 1]);
    expect([...blocksCovering(blocks, [{ start: 40, end: 42 }])]).toEqual([]);
  });
});
