import { describe, expect, it } from 'vitest';
import { planMerge, planSplit } from '../../../shared/codebook';
import { makeCoding } from './make-code';

describe('planMerge', () => {
  const codings = [
    makeCoding('a1', 'from', 's1', 0, 10),
    makeCoding('a2', 'from', 's1', 20, 30),
    makeCoding('a3', 'from', 's1', 20, 30, 'ola'), // another coder: not a duplicate
    makeCoding('a4', 'from', 's2', 0, 10),
    makeCoding('b1', 'into', 's1', 20, 30),
    makeCoding('c1', 'other', 's1', 0, 10),
  ];

  it('moves the codings of the merged code onto the kept one', () => {
    const { moved } = planMerge(codings, 'from', 'into');
    expect(moved.map((c) => [c.id, c.codeId])).toEqual([
      ['a1', 'into'],
      ['a3', 'into'],
      ['a4', 'into'],
    ]);
  });

  it('removes codings that would duplicate one the kept code already has (same passage, same coder)', () => {
    expect(planMerge(codings, 'from', 'into').removed).toEqual(['a2']);
  });

  it('removes the second of two identical codings on the merged code', () => {
    const twins = [makeCoding('x', 'from', 's', 1, 2), makeCoding('y', 'from', 's', 1, 2)];
    expect(planMerge(twins, 'from', 'into')).toMatchObject({ moved: [{ id: 'x' }], removed: ['y'] });
  });

  it('does nothing when merging a code into itself', () => {
    expect(planMerge(codings, 'from', 'from')).toEqual({ moved: [], removed: [] });
  });
});

describe('planSplit', () => {
  it('moves only the chosen codings of the code to the new code', () => {
    const codings = [
      makeCoding('a1', 'code', 's', 0, 1),
      makeCoding('a2', 'code', 's', 2, 3),
      makeCoding('b1', 'other', 's', 0, 1),
    ];
    const updated = planSplit(codings, 'code', new Set(['a2', 'b1']), 'new');
    expect(updated).toEqual([{ ...codings[1], codeId: 'new' }]);
    expect(codings[1]!.codeId).toBe('code');
  });
});
