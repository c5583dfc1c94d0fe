import { describe, expect, it } from 'vitest';
import { stripeLanes } from '../../../shared/ranges';

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
});
