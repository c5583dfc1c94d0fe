import { describe, expect, it } from 'vitest';
import { speakerAt } from '../../../renderer/store/queries/stc-texts';
import { movedBy } from '../../../renderer/features/stc/GoldenQuoteList';

describe('the speaker of a quote', () => {
  const source = {
    text: '',
    turns: [
      { speaker: 'I', start: 3, end: 10 },
      { speaker: 'IP', start: 14, end: 40 },
      { speaker: 'I', start: 44, end: 50 },
    ],
  };
  it('is the turn the passage starts in, found among many turns', () => {
    expect(speakerAt(source, 3)).toBe('I');
    expect(speakerAt(source, 14)).toBe('IP');
    expect(speakerAt(source, 39)).toBe('IP');
    expect(speakerAt(source, 49)).toBe('I');
    const many = { text: '', turns: Array.from({ length: 1000 }, (_, i) => ({ speaker: `S${i}`, start: i * 10, end: i * 10 + 8 })) };
    expect(speakerAt(many, 7_654)).toBe('S765');
  });
  it('is nobody between turns, before the first, after the last or without the source', () => {
    expect(speakerAt(source, 0)).toBeNull();
    expect(speakerAt(source, 10)).toBeNull();
    expect(speakerAt(source, 50)).toBeNull();
    expect(speakerAt(undefined, 5)).toBeNull();
  });
});

describe('moving a subgroup or quote one place', () => {
  it('swaps it with its neighbour, and leaves the order as it was at either end', () => {
    expect(movedBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movedBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movedBy(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(movedBy(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
});
