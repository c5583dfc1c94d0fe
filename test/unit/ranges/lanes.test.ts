import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstCodings, lanesMayMove, stripeLanes } from '../../../shared/ranges';

describe('stripeLanes', () => {
  it('gives each code one lane, numbered by where the code first appears in the text', () => {
    const lanes = stripeLanes([
      { codeId: 'late', start: 50, end: 60 },
      { codeId: 'early', start: 0, end: 10 },
      { codeId: 'middle', start: 20, end: 30 },
      { codeId: 'early', start: 55, end: 70 },
    ]);
    expect([...lanes]).toEqual([
      ['early', 0],
      ['middle', 1],
      ['late', 2],
    ]);
  });

  it('keeps separate lanes for codes that never overlap (one column per code, predictable)', () => {
    const lanes = stripeLanes([
      { codeId: 'a', start: 0, end: 5 },
      { codeId: 'b', start: 10, end: 15 },
    ]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
  });

  it('at equal starts puts the longer coding on the outer lane', () => {
    const lanes = stripeLanes([
      { codeId: 'short', start: 3, end: 5 },
      { codeId: 'long', start: 3, end: 40 },
    ]);
    expect(lanes.get('long')).toBe(0);
    expect(lanes.get('short')).toBe(1);
  });

  it('is empty without codings', () => {
    expect(stripeLanes([]).size).toBe(0);
  });

  it('says a step cannot move a lane only when recomputing the lanes gives the same lanes', () => {
    const coding = fc.record({ codeId: fc.constantFrom('a', 'b', 'c', 'd'), start: fc.integer({ min: 0, max: 50 }), len: fc.integer({ min: 1, max: 20 }) }).map(({ codeId, start, len }) => ({ codeId, start, end: start + len }));
    fc.assert(
      fc.property(fc.array(coding, { maxLength: 12 }), fc.array(coding, { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), (before, added, picks) => {
        const removed = picks.filter(() => before.length > 0).map((i) => before[i % before.length]!);
        const after = [...before.filter((c) => !removed.includes(c)), ...added];
        const first = firstCodings(before);
        if (!lanesMayMove((id) => first.get(id), added, removed)) expect([...stripeLanes(after)]).toEqual([...stripeLanes(before)]);
      }),
    );
  });

  it('knows a coding before its code\'s first one, or a new code, may move lanes', () => {
    const before = [{ codeId: 'a', start: 10, end: 20 }];
    const first = firstCodings(before);
    expect(lanesMayMove((id) => first.get(id), [{ codeId: 'a', start: 30, end: 40 }], [])).toBe(false);
    expect(lanesMayMove((id) => first.get(id), [{ codeId: 'a', start: 5, end: 8 }], [])).toBe(true);
    expect(lanesMayMove((id) => first.get(id), [{ codeId: 'b', start: 30, end: 40 }], [])).toBe(true);
    expect(lanesMayMove((id) => first.get(id), [], [before[0]!])).toBe(true);
  });
});
