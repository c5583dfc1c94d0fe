import { describe, expect, it } from 'vitest';
import type { Memo } from '../../../shared/model';
import { planSaveMemo } from '../../../shared/memos/plan-memo';
import { fixedContext } from '../plan-context';

const input = {
  projectId: 'p',
  authorId: 'kari',
  target: { kind: 'code', id: 'hjelp' } as const,
  content: { title: 'Hjelp', content: '{}', plainText: 'Saksbehandler tilbyr hjelp.' },
};

describe('planSaveMemo', () => {
  it('creates the memo on its first save', () => {
    const { writes, value } = planSaveMemo({ targetExists: true, existing: undefined }, input, fixedContext());
    expect(value).toMatchObject({ id: 'new-1', targetKind: 'code', targetId: 'hjelp', authorId: 'kari', plainText: 'Saksbehandler tilbyr hjelp.' });
    expect(writes).toEqual([{ op: 'put', table: 'memos', projectId: 'p', row: value }]);
  });

  it('updates the memo already on the target, keeping its author', () => {
    const existing: Memo = { id: 'm1', projectId: 'p', targetKind: 'code', targetId: 'hjelp', authorId: 'ola', title: '', content: '', plainText: '', createdAt: 't', updatedAt: 't' };
    const { writes, value } = planSaveMemo({ targetExists: true, existing }, input, fixedContext());
    expect(value).toMatchObject({ id: 'm1', authorId: 'ola', title: 'Hjelp' });
    expect(writes).toMatchObject([{ op: 'update', table: 'memos', key: 'm1' }]);
  });

  it('writes nothing when the target was removed before the save arrived', () => {
    expect(planSaveMemo({ targetExists: false, existing: undefined }, input, fixedContext())).toEqual({ writes: [], value: null });
  });
});
