import { describe, expect, it } from 'vitest';
import type { Memo } from '../../../shared/model';
import { planAddCoding, planRecodeCoding, planRemoveCodings, planResizeCoding, type NewCoding } from '../../../shared/coding/plan-codings';
import { makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

const input: NewCoding = { projectId: 'p', sourceId: 's', codeId: 'hjelp', coderId: 'kari', start: 4, end: 19 };

describe('coding plans', () => {
  it('add a coding with the given id, time and the coder as author', () => {
    const { writes, value } = planAddCoding([], input, fixedContext());
    expect(value).toEqual({ ...input, id: 'new-1', authorId: 'kari', createdAt: '2026-02-03T10:00:00.000Z', updatedAt: '2026-02-03T10:00:00.000Z' });
    expect(writes).toEqual([{ op: 'put', table: 'codings', projectId: 'p', row: value }]);
    expect(planAddCoding([], { ...input, id: 'drawn' }, fixedContext()).value.id).toBe('drawn');
  });

  it('write nothing when this coder already coded exactly this text with this code', () => {
    const same = makeCoding('c1', 'hjelp', 's', 4, 19, 'kari');
    expect(planAddCoding([same], input, fixedContext())).toEqual({ writes: [], value: same });
    // Another coder's identical coding is theirs: this coder still gets one.
    expect(planAddCoding([makeCoding('c2', 'hjelp', 's', 4, 19, 'ola')], input, fixedContext()).writes).toHaveLength(1);
  });

  it('refuse an empty or backwards range', () => {
    expect(() => planAddCoding([], { ...input, start: 5, end: 5 }, fixedContext())).toThrow(RangeError);
    expect(() => planResizeCoding(makeCoding('c1', 'hjelp', 's', 4, 19), { start: 9, end: 3 }, fixedContext())).toThrow(RangeError);
  });

  it('remove the memos on codings before the codings', () => {
    const memo: Memo = { id: 'm1', projectId: 'p', targetKind: 'coding', targetId: 'c1', authorId: 'kari', title: '', content: '', plainText: 'x', createdAt: 't', updatedAt: 't' };
    const { writes } = planRemoveCodings({ codings: [makeCoding('c1', 'hjelp', 's', 4, 19)], memos: [memo], meaningUnits: [], themeQuotes: [] }, fixedContext());
    expect(writes.map((w) => `${w.op} ${w.table} ${w.op === 'delete' && w.key}`)).toEqual(['delete memos m1', 'delete codings c1']);
  });

  it('resize and recode touch only the fields they change', () => {
    const coding = makeCoding('c1', 'hjelp', 's', 4, 19);
    expect(planResizeCoding(coding, { start: 2, end: 19 }, fixedContext()).writes).toEqual([
      { op: 'update', table: 'codings', projectId: 'p', key: 'c1', patch: { start: 2, end: 19, updatedAt: '2026-02-03T10:00:00.000Z' } },
    ]);
    expect(planRecodeCoding(coding, { codeId: 'grense' }, fixedContext()).value.codeId).toBe('grense');
    expect(() => planRecodeCoding(undefined, { codeId: 'grense' }, fixedContext())).toThrow(/gone/);
  });
});
