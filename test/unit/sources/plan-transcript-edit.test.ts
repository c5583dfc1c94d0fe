import { describe, expect, it } from 'vitest';
import type { GoldenQuote, MeaningUnit, Message, Source, ThemeQuote } from '../../../shared/model';
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
  meaningUnits: [] as MeaningUnit[],
  goldenQuotes: [] as GoldenQuote[],
  themeQuotes: [] as ThemeQuote[],
};

const stamp = { projectId: 'p', sourceId: 's', authorId: 'kari', createdAt: '', updatedAt: '' };
/** "Du må ringe." (36–48) is a meaning unit, its golden quote "ringe" and a theme quote "Du må ringe." */
const analysed = {
  ...rows,
  meaningUnits: [{ ...stamp, id: 'mu', start: 36, end: 48, codingId: 'c2' }],
  goldenQuotes: [{ ...stamp, id: 'gq', subgroupId: 'sg', meaningUnitId: 'mu', start: 42, end: 47, order: 0 }],
  themeQuotes: [{ ...stamp, id: 'tq', themeId: 'th', codingId: null, start: 36, end: 48, order: 0 }],
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

  it('moves meaning units, golden quotes and theme quotes like codings, so each still shows its words', () => {
    const at = text.indexOf('Når');
    const { writes } = planTranscriptEdit(analysed, { authorId: 'kari', edit: { start: at, end: at + 3, insert: 'Naar' } }, fixedContext());
    const fixed = text.slice(0, at) + 'Naar' + text.slice(at + 3);
    const patch = (table: string, key: string) => {
      const write = writes.find((w) => w.table === table && w.op === 'update' && w.key === key);
      return write?.op === 'update' ? (write.patch as { start: number; end: number }) : undefined;
    };
    const unit = patch('meaningUnits', 'mu')!;
    expect(fixed.slice(unit.start, unit.end)).toBe('Du må ringe.');
    const golden = patch('goldenQuotes', 'gq')!;
    expect(fixed.slice(golden.start, golden.end)).toBe('ringe');
    const quote = patch('themeQuotes', 'tq')!;
    expect(fixed.slice(quote.start, quote.end)).toBe('Du må ringe.');
  });

  it('a fix inside a golden quote stretches it; one before nothing analysed leaves the rows unwritten', () => {
    const at = text.indexOf('ringe');
    const { writes } = planTranscriptEdit(analysed, { authorId: 'kari', edit: { start: at, end: at + 5, insert: 'ringa' } }, fixedContext());
    expect(writes.filter((w) => ['meaningUnits', 'goldenQuotes', 'themeQuotes'].includes(w.table))).toEqual([]);
    const grow = planTranscriptEdit(analysed, { authorId: 'kari', edit: { start: at + 2, end: at + 2, insert: 'in' } }, fixedContext());
    expect(grow.writes.find((w) => w.table === 'goldenQuotes')).toMatchObject({ key: 'gq', patch: { start: 42, end: 49 } });
    expect(grow.writes.find((w) => w.table === 'meaningUnits')).toMatchObject({ key: 'mu', patch: { start: 36, end: 50 } });
  });

  it('refuses a fix across the edge of a golden quote even where no coding lies, with nothing planned', () => {
    // "må ri" crosses the start of the golden quote "ringe" (42) inside the meaning unit.
    const at = text.indexOf('må ri');
    expect(() => planTranscriptEdit(analysed, { authorId: 'kari', edit: { start: at, end: at + 5, insert: 'må r' } }, fixedContext())).toThrow(
      TranscriptEditRefused,
    );
  });
});
