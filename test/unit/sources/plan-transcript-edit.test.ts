import { describe, expect, it } from 'vitest';
import type { Message, Source } from '../../../shared/model';
import { planTranscriptEdit, TranscriptEditRefused } from '../../../shared/sources/plan-transcript-edit';
import { makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

const text = 'Bruker: Når får jeg svar?\nVeileder: Du må ringe.';
const source = { id: 's', projectId: 'p', length: text.length, preamble: null } as unknown as Source;
const message = (id: string, start: number, end: number) => ({ id, projectId: 'p', sourceId: 's', start, end }) as Message;
const rows = {
  source,
  text,
  codings: [makeCoding('c1', 'k', 's', 8, 25), makeCoding('c2', 'k', 's', 36, 48)],
  messages: [message('m1', 8, 25), message('m2', 36, 48)],
};

describe('planTranscriptEdit', () => {
  it('fixes the text, moves what lies after the fix, and logs the fix', () => {
    const at = text.indexOf('Når');
    const { writes, value } = planTranscriptEdit(rows, { authorId: 'kari', edit: { start: at, end: at + 3, insert: 'Naar' } }, fixedContext());
    expect(value.length).toBe(text.length + 1);
    const byKey = (table: string, key: string) => writes.find((w) => w.table === table && w.op !== 'put' && w.key === key);
    expect(byKey('codings', 'c1')).toMatchObject({ patch: { start: 8, end: 26 } });
    expect(byKey('codings', 'c2')).toMatchObject({ patch: { start: 37, end: 49 } });
    expect(byKey('messages', 'm2')).toMatchObject({ patch: { start: 37, end: 49 } });
    // The imported text is not written: the fix is one row appended to the log.
    expect(writes.some((w) => w.table === 'sourceTexts')).toBe(false);
    const puts = writes.filter((w) => w.op === 'put').map((w) => w.op === 'put' && w.row);
    expect(puts).toEqual([
      expect.objectContaining({ id: 'new-1', sourceId: 's', authorId: 'kari', start: at, removed: 'Når', inserted: 'Naar' }),
    ]);
    expect(writes.every((w) => w.projectId === 'p')).toBe(true);
  });

  it('refuses a fix across the edge of a coding, with nothing planned', () => {
    expect(() => planTranscriptEdit(rows, { authorId: 'kari', edit: { start: 20, end: 30, insert: '' } }, fixedContext())).toThrow(TranscriptEditRefused);
  });
});
