import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/model';
import { passageHref, passageOf } from '../../../renderer/features/stc/passage';
import { turnAt } from '../../../shared/ranges/turn-at';
import { moved } from '../../../renderer/features/stc/reorder';

const turn = (order: number, speaker: string, start: number, end: number): Message => ({
  id: `m${order}`,
  sourceId: 's1',
  projectId: 'p1',
  order,
  speaker,
  role: 'participant',
  delay: null,
  timestamp: null,
  start,
  end,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

// "Kari: Jeg ringte.\n\nOla: Ingen svarte." with the turns' bodies as the messages.
const text = 'Kari: Jeg ringte.\n\nOla: Ingen svarte.';
const turns = [turn(0, 'Kari', 6, 17), turn(1, 'Ola', 24, 37)];

describe('a meaning unit as the STC lists show it', () => {
  it('names the speaker of the turn the unit starts in, and none between turns or without turns', () => {
    expect(turnAt(turns, 6)?.speaker).toBe('Kari');
    expect(turnAt(turns, 16)?.speaker).toBe('Kari');
    expect(turnAt(turns, 30)?.speaker).toBe('Ola');
    expect(turnAt(turns, 18)).toBeNull();
    expect(turnAt(turns, 2)).toBeNull();
    expect(turnAt(undefined, 6)).toBeNull();
  });

  it('shows the current text between its offsets and links to the source at the passage', () => {
    const passages = { texts: new Map([['s1', text]]), messages: new Map([['s1', turns]]) };
    expect(passageOf(passages, { sourceId: 's1', start: 24, end: 36 })).toEqual({
      text: 'Ingen svarte',
      speaker: 'Ola',
    });
    expect(passageOf(undefined, { sourceId: 's1', start: 24, end: 36 })).toEqual({ text: '', speaker: null });
    expect(passageHref({ sourceId: 's1', start: 24, end: 36 })).toBe('#/sources/s1?at=24-36');
  });

  it('moves one item a place up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toBeNull();
    expect(moved(['a', 'b', 'c'], 2, 1)).toBeNull();
  });
});
