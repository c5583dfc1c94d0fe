import { describe, expect, it } from 'vitest';
import type { Memo, Write } from '../../../shared/model';
import { planCreateCode, planDeleteCode, planMoveCode, planUpdateCode } from '../../../shared/codebook/plan-code';
import { planMergeCodes } from '../../../shared/codebook/merge';
import { planSplitCode } from '../../../shared/codebook/split';
import { planCodebookImport } from '../../../shared/codebook/plan-import';
import { maxPinnedCodes } from '../../../shared/codebook/codebook-error';
import type { CodebookDocument } from '../../../shared/codebook/document';
import { makeCode, makeCoding } from './make-code';
import { fixedContext } from '../plan-context';

const context = () => fixedContext();

const codes = [
  makeCode('grense', 'Grensearbeid', null, 0),
  makeCode('tydelig', 'Tydelig', 'grense', 0),
  makeCode('uklar', 'Uklar', 'grense', 1),
  makeCode('hjelp', 'Hjelp', null, 1),
];

const summary = (writes: Write[]) =>
  writes.map((w) => `${w.op} ${w.table} ${w.op === 'put' ? (w.row as { id: string }).id : w.key}${w.op === 'update' ? ' ' + JSON.stringify(w.patch) : ''}`);

function memo(id: string, targetKind: Memo['targetKind'], targetId: string, plainText: string): Memo {
  return { id, projectId: 'p', targetKind, targetId, authorId: 'kari', title: '', content: '', plainText, createdAt: 't', updatedAt: 't' };
}

describe('codebook plans', () => {
  it('create a code at the end of its parent, with the given time and id, named cleanly', () => {
    const { writes, value } = planCreateCode(codes, { projectId: 'p', parentId: 'grense', fields: { name: '  Delvis   tydelig ' } }, context());
    expect(value).toMatchObject({ id: 'new-1', name: 'Delvis tydelig', parentId: 'grense', order: 2, createdAt: '2026-02-03T10:00:00.000Z' });
    expect(writes).toEqual([{ op: 'put', table: 'codes', projectId: 'p', row: value }]);
  });

  it('refuse an empty name, a missing parent and an eleventh pin', () => {
    expect(() => planCreateCode(codes, { projectId: 'p', parentId: null, fields: { name: ' ' } }, context())).toThrow(expect.objectContaining({ problem: 'name-required' }));
    expect(() => planCreateCode(codes, { projectId: 'p', parentId: 'borte', fields: { name: 'X' } }, context())).toThrow(expect.objectContaining({ problem: 'missing' }));
    const pinned = Array.from({ length: maxPinnedCodes }, (_, i) => ({ ...makeCode(`pin-${i}`, `Kode ${i}`), pinned: true }));
    expect(() => planUpdateCode([...pinned, ...codes], { id: 'hjelp', patch: { pinned: true } }, context())).toThrow(expect.objectContaining({ problem: 'pin-limit' }));
  });

  it('write nothing for an edit that changes nothing', () => {
    expect(planUpdateCode(codes, { id: 'hjelp', patch: { name: 'Hjelp' } }, context()).writes).toEqual([]);
  });

  it('move a code into another branch and renumber both sibling lists', () => {
    const { writes } = planMoveCode(codes, { id: 'tydelig', parentId: 'hjelp', index: 0 }, context());
    expect(summary(writes)).toEqual([
      'update codes tydelig {"parentId":"hjelp","order":0,"updatedAt":"2026-02-03T10:00:00.000Z"}',
      'update codes uklar {"order":0}',
    ]);
  });

  it('refuse moving a code under its own sub-code', () => {
    expect(() => planMoveCode(codes, { id: 'grense', parentId: 'tydelig', index: 0 }, context())).toThrow(expect.objectContaining({ problem: 'cycle' }));
  });

  it('delete memos, then codings, then sub-codes before their parent, then renumber what is left', () => {
    const rows = { codes, codingIds: ['c1'], memoIds: ['m1'], themeCodes: [], meaningUnits: [], themeQuotes: [] };
    const { writes, value } = planDeleteCode(rows, { id: 'grense' }, context());
    expect(value).toEqual({ codes: 3, codings: 1, memos: 1, themes: 0 });
    expect(summary(writes)).toEqual([
      'delete memos m1',
      'delete codings c1',
      ...['uklar', 'tydelig', 'grense'].map((id) => `delete codes ${id}`),
      'update codes hjelp {"order":0}',
    ]);
  });

  it('merge: move codings, drop a duplicate and carry its memo and the code memo onto the kept ones', () => {
    const codings = [makeCoding('a', 'uklar', 's', 0, 5), makeCoding('b', 'uklar', 's', 9, 12), makeCoding('k', 'tydelig', 's', 9, 12)];
    const memos = [memo('mb', 'coding', 'b', 'Om b'), memo('mu', 'code', 'uklar', 'Om uklar')];
    const rows = { codes, codings, memos, themeCodes: [], meaningUnits: [], themeQuotes: [] };
    const { writes, value } = planMergeCodes(rows, { fromId: 'uklar', intoId: 'tydelig', memoHeading: 'Fra Uklar' }, context());
    expect(value).toEqual({ moved: 1, duplicates: 1 });
    expect(summary(writes).map((w) => w.replace(/ \{.*/, ''))).toEqual([
      'update codings a',
      'update memos mb',
      'delete codings b',
      'update memos mu',
      'delete codes uklar',
    ]);
    expect(writes[1]).toMatchObject({ patch: { targetKind: 'coding', targetId: 'k' } });
  });

  it('split: a new code right after the old one takes only the chosen codings', () => {
    const codings = [makeCoding('a', 'tydelig', 's', 0, 5), makeCoding('b', 'tydelig', 's', 9, 12)];
    const { writes, value } = planSplitCode({ codes, codings }, { codeId: 'tydelig', codingIds: ['b'], name: 'Veldig tydelig' }, context());
    expect(value).toMatchObject({ id: 'new-1', parentId: 'grense', order: 1 });
    expect(summary(writes)).toEqual([
      'put codes new-1',
      'update codes uklar {"order":2}',
      'update codings b {"codeId":"new-1","updatedAt":"2026-02-03T10:00:00.000Z"}',
    ]);
  });

  it('import a codebook: names already there are matched, new entries go under them', () => {
    const entry = (name: string, children: CodebookDocument['codes'] = []) => ({
      name, shortName: '', color: '', definition: '', inclusion: '', exclusion: '', typicalExample: '', atypicalExample: '', children,
    });
    const document = { name: 'Mal', codes: [entry('grensearbeid', [entry('Tydelig'), entry('Avvisende')]), entry('Ny')] } as CodebookDocument;
    const { writes, value } = planCodebookImport(codes, { projectId: 'p', document }, context());
    expect(value).toEqual({ added: 2, matched: 2 });
    expect(writes.map((w) => w.op === 'put' && w.row)).toMatchObject([
      { id: 'new-1', name: 'Avvisende', parentId: 'grense', order: 2 },
      { id: 'new-2', name: 'Ny', parentId: null, order: 2 },
    ]);
  });
});
