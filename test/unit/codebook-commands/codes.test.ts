import { describe, expect, it } from 'vitest';
import type { Code, Coding, Memo } from '../../../shared/model';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import {
  CodebookError,
  createCode,
  deleteCode,
  deletionImpact,
  maxPinnedCodes,
  mergeCodes,
  moveCode,
  splitCode,
  updateCode,
} from '../../../renderer/store/commands/codes';
import { saveMemo } from '../../../renderer/store/commands/memos';
import { fillProject, freshName } from '../store/fixtures';

const t = '2026-01-01T00:00:00.000Z';

async function setUp(now?: () => number) {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Kodebok' });
  await fillProject(db, project.id);
  const history = new History(db, { now });
  return { db, project, history };
}

/** Every project row as plain data, to compare "before" and "after undo" exactly. */
async function snapshot(db: KodebokDb, projectId: string) {
  const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    codes: sortById(await db.codes.where('projectId').equals(projectId).toArray()),
    codings: sortById(await db.codings.where('projectId').equals(projectId).toArray()),
    memos: sortById(await db.memos.where('projectId').equals(projectId).toArray()),
    themeCodes: sortById(await db.themeCodes.where('projectId').equals(projectId).toArray()),
    meaningUnits: sortById(await db.meaningUnits.where('projectId').equals(projectId).toArray()),
    themeQuotes: sortById(await db.themeQuotes.where('projectId').equals(projectId).toArray()),
  };
}

/** The tree as "name(child,child)" in codebook order, the way a reader checks it. */
async function outline(db: KodebokDb, projectId: string): Promise<string> {
  const codes = await db.codes.where('projectId').equals(projectId).toArray();
  const under = (parentId: string | null): string =>
    codes
      .filter((c) => c.parentId === parentId)
      .sort((a, b) => a.order - b.order)
      .map((c) => {
        const inner = under(c.id);
        return inner ? `${c.name}(${inner})` : c.name;
      })
      .join(',');
  return under(null);
}

function coding(projectId: string, id: string, codeId: string, start: number, end: number, coderId = 'x-coder'): Coding {
  return { id, projectId, sourceId: 'x-src', codeId, coderId, authorId: coderId, start, end, createdAt: t, updatedAt: t };
}

function memo(projectId: string, id: string, kind: Memo['targetKind'], targetId: string, text: string): Memo {
  return {
    id,
    projectId,
    targetKind: kind,
    targetId,
    authorId: 'x-coder',
    title: '',
    content: JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
      },
    }),
    plainText: text,
    createdAt: t,
    updatedAt: t,
  };
}

describe('codebook commands', () => {
  it('creates codes at the end of their parent, with a palette colour, as undoable steps', async () => {
    const { db, project, history } = await setUp();
    const top = await createCode(history, { projectId: project.id, parentId: null, fields: { name: '  Ingen   skriftlig respons ' } });
    expect(top).toMatchObject({ name: 'Ingen skriftlig respons', parentId: null, order: 1, pinned: false });
    expect(top.color).toMatch(/^#[0-9a-f]{6}$/);
    const sub = await createCode(history, { projectId: project.id, parentId: 'x-code-parent', fields: { name: 'Tvetydig', definition: 'Både hjelp og grense.' } });
    expect(sub).toMatchObject({ parentId: 'x-code-parent', order: 1, definition: 'Både hjelp og grense.' });
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tydelig,Tvetydig),Ingen skriftlig respons');
    expect(history.getSnapshot().undo).toEqual({ key: 'createCode', values: { code: 'Tvetydig' } });
    await history.undo();
    await history.undo();
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tydelig)');
  });

  it('refuses a code without a name and under a missing parent', async () => {
    const { project, history } = await setUp();
    await expect(createCode(history, { projectId: project.id, parentId: null, fields: { name: '  ' } })).rejects.toMatchObject({ problem: 'name-required' });
    await expect(createCode(history, { projectId: project.id, parentId: 'gone', fields: { name: 'X' } })).rejects.toMatchObject({ problem: 'missing' });
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('updates fields; typing in one field close together is one step', async () => {
    let clock = 0;
    const { db, project, history } = await setUp(() => clock);
    await updateCode(history, { id: 'x-code-child', patch: { definition: 'Saks' } });
    clock += 500;
    await updateCode(history, { id: 'x-code-child', patch: { definition: 'Saksbehandler sier tydelig fra.' } });
    clock += 500;
    await updateCode(history, { id: 'x-code-child', patch: { name: 'Tydelig grensearbeid', shortName: 'TG', color: '#08894b' } });
    expect(await db.codes.get('x-code-child')).toMatchObject({
      name: 'Tydelig grensearbeid',
      shortName: 'TG',
      color: '#08894b',
      definition: 'Saksbehandler sier tydelig fra.',
    });
    expect(history.getSnapshot().undo).toEqual({ key: 'updateCode', values: { code: 'Tydelig grensearbeid' } });
    await history.undo();
    expect(await db.codes.get('x-code-child')).toMatchObject({ name: 'Tydelig', definition: 'Saksbehandler sier tydelig fra.' });
    await history.undo();
    expect((await db.codes.get('x-code-child'))?.definition).toBe('');
    expect(history.getSnapshot().undo).toBeNull();
    void project;
  });

  it('an edit that changes nothing makes no step', async () => {
    const { history } = await setUp();
    await updateCode(history, { id: 'x-code-child', patch: { name: 'Tydelig' } });
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('pins at most ten codes, because number keys 1–0 code with them', async () => {
    const { db, project, history } = await setUp();
    for (let i = 0; i < maxPinnedCodes; i++) await createCode(history, { projectId: project.id, parentId: null, fields: { name: `Kode ${i}`, pinned: true } });
    await expect(updateCode(history, { id: 'x-code-child', patch: { pinned: true } })).rejects.toBeInstanceOf(CodebookError);
    await expect(createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Elleve', pinned: true } })).rejects.toMatchObject({ problem: 'pin-limit' });
    const first = (await db.codes.where('projectId').equals(project.id).filter((c) => c.pinned).first())!;
    await updateCode(history, { id: first.id, patch: { pinned: false } });
    await updateCode(history, { id: 'x-code-child', patch: { pinned: true } });
    expect((await db.codes.get('x-code-child'))?.pinned).toBe(true);
  });

  it('moves codes between parents and among siblings, renumbering both sides', async () => {
    const { db, project, history } = await setUp();
    const a = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'A' } });
    const b = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'B' } });
    await createCode(history, { projectId: project.id, parentId: 'x-code-parent', fields: { name: 'Tvetydig' } });
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tydelig,Tvetydig),A,B');

    await moveCode(history, { id: b.id, parentId: null, index: 0 });
    expect(await outline(db, project.id)).toBe('B,Grensearbeid(Tydelig,Tvetydig),A');
    await moveCode(history, { id: 'x-code-child', parentId: a.id, index: 0 });
    expect(await outline(db, project.id)).toBe('B,Grensearbeid(Tvetydig),A(Tydelig)');
    const orders = (await db.codes.where('projectId').equals(project.id).toArray()).map((c) => `${c.name}:${c.order}`).sort();
    expect(orders).toEqual(['A:2', 'B:0', 'Grensearbeid:1', 'Tvetydig:0', 'Tydelig:0']);
    // Out of range positions go to the end; a move to where it already is makes no step.
    await moveCode(history, { id: b.id, parentId: null, index: 99 });
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tvetydig),A(Tydelig),B');
    await moveCode(history, { id: b.id, parentId: null, index: 2 });
    expect(history.getSnapshot().undo).toEqual({ key: 'moveCode', values: { code: 'B' } });

    await history.undo();
    await history.undo();
    await history.undo();
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tydelig,Tvetydig),A,B');
  });

  it('refuses to move a code under itself or its own sub-code', async () => {
    const { db, history } = await setUp();
    await expect(moveCode(history, { id: 'x-code-parent', parentId: 'x-code-child', index: 0 })).rejects.toMatchObject({ problem: 'cycle' });
    await expect(moveCode(history, { id: 'x-code-parent', parentId: 'x-code-parent', index: 0 })).rejects.toMatchObject({ problem: 'cycle' });
    expect((await db.codes.get('x-code-parent'))?.parentId).toBeNull();
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('deletes a code with its sub-codes, their codings and all memos; undo restores everything', async () => {
    const { db, project, history } = await setUp();
    const grand = await createCode(history, { projectId: project.id, parentId: 'x-code-child', fields: { name: 'Lenke' } });
    await db.codings.bulkAdd([coding(project.id, 'c-parent', 'x-code-parent', 8, 30), coding(project.id, 'c-grand', grand.id, 50, 60)]);
    await db.memos.bulkAdd([
      memo(project.id, 'm-parent', 'code', 'x-code-parent', 'Om grensearbeid'),
      memo(project.id, 'm-grand', 'code', grand.id, 'Lenker'),
      memo(project.id, 'm-c-grand', 'coding', 'c-grand', 'Skjema'),
    ]);
    const other = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Annet' } });
    await db.memos.add(memo(project.id, 'm-other', 'code', other.id, 'Står igjen'));
    const before = await snapshot(db, project.id);

    // The fixtures put "Tydelig" (a sub-code) in one theme.
    expect(await deletionImpact(db, 'x-code-parent')).toEqual({ codes: 3, codings: 3, memos: 4, themes: 1 });
    expect(await deleteCode(history, { id: 'x-code-parent' })).toEqual({ codes: 3, codings: 3, memos: 4, themes: 1 });
    expect(await outline(db, project.id)).toBe('Annet');
    expect((await db.codes.get(other.id))?.order).toBe(0);
    const after = await snapshot(db, project.id);
    expect(after.codings).toEqual([]);
    expect(after.memos.map((m) => m.id)).toEqual(['m-other']);
    // The theme loses the code; the meaning unit and theme quote taken from its coding stay, naming none.
    expect(after.themeCodes).toEqual([]);
    expect(after.meaningUnits.map((u) => [u.id, u.codingId])).toEqual([['x-mu', null]]);
    expect(after.themeQuotes.map((q) => [q.id, q.codingId])).toEqual([['x-tq', null]]);
    expect(history.getSnapshot().undo).toEqual({ key: 'deleteCode', values: { code: 'Grensearbeid' } });

    await history.undo();
    expect(await snapshot(db, project.id)).toEqual(before);
    await history.redo();
    expect(await snapshot(db, project.id)).toEqual(after);
  });

  it('an undo pressed right after a delete, before it is written, undoes that delete', async () => {
    const { db, project, history } = await setUp();
    const before = await snapshot(db, project.id);
    // Ctrl+Z arrives while the delete is still on its way: the step must be queued first, then undone.
    const deleting = deleteCode(history, { id: 'x-code-parent' });
    const undoing = history.undo();
    await deleting;
    expect((await undoing)?.label).toEqual({ key: 'deleteCode', values: { code: 'Grensearbeid' } });
    expect(await snapshot(db, project.id)).toEqual(before);
  });

  it('merges: codings move, duplicates go (their memo kept), sub-codes and memo move; undo restores everything', async () => {
    const { db, project, history } = await setUp();
    const into = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Tvetydig' } });
    const from = 'x-code-parent';
    await db.codings.bulkAdd([
      coding(project.id, 'c-from-1', from, 8, 30),
      coding(project.id, 'c-from-dup', from, 40, 50),
      coding(project.id, 'c-into-dup', into.id, 40, 50),
      coding(project.id, 'c-into-other-coder', into.id, 8, 30, 'y-coder'),
    ]);
    await db.memos.bulkAdd([
      memo(project.id, 'm-from', 'code', from, 'Fra grensearbeid'),
      memo(project.id, 'm-into', 'code', into.id, 'Om tvetydig'),
      memo(project.id, 'm-dup', 'coding', 'c-from-dup', 'Notat på duplikat'),
    ]);
    const before = await snapshot(db, project.id);

    const result = await mergeCodes(history, { fromId: from, intoId: into.id, memoHeading: (name) => `Fra ${name}` });
    expect(result).toMatchObject({ moved: 1, duplicates: 1 });
    expect(await outline(db, project.id)).toBe('Tvetydig(Tydelig)');
    expect((await db.codes.get(into.id))?.order).toBe(0);
    const codings = await db.codings.where('projectId').equals(project.id).toArray();
    expect(codings.map((c) => `${c.id}:${c.codeId === into.id ? 'into' : c.codeId}`).sort()).toEqual([
      'c-from-1:into',
      'c-into-dup:into',
      'c-into-other-coder:into',
      'x-coding:x-code-child',
    ]);
    const intoMemo = await db.memos.get('m-into');
    expect(intoMemo?.plainText).toBe('Om tvetydig\n\nFra Grensearbeid\n\nFra grensearbeid');
    expect(JSON.parse(intoMemo!.content).root.children).toHaveLength(3);
    expect(await db.memos.get('m-from')).toBeUndefined();
    // The duplicate's memo now sits on the coding that survived.
    expect(await db.memos.get('m-dup')).toMatchObject({ targetKind: 'coding', targetId: 'c-into-dup' });
    expect(history.getSnapshot().undo).toEqual({ key: 'mergeCodes', values: { from: 'Grensearbeid', into: 'Tvetydig' } });

    await history.undo();
    expect(await snapshot(db, project.id)).toEqual(before);
  });

  it('merges a code into its own sub-code: the sub-code takes its place', async () => {
    const { db, project, history } = await setUp();
    const sibling = await createCode(history, { projectId: project.id, parentId: 'x-code-parent', fields: { name: 'Tvetydig' } });
    await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Annet' } });
    await mergeCodes(history, { fromId: 'x-code-parent', intoId: 'x-code-child' });
    expect(await outline(db, project.id)).toBe('Tydelig(Tvetydig),Annet');
    expect((await db.codes.get(sibling.id))?.parentId).toBe('x-code-child');
    await expect(mergeCodes(history, { fromId: 'x-code-child', intoId: 'x-code-child' })).rejects.toMatchObject({ problem: 'same-code' });
  });

  it('moves the code memo when the target has none', async () => {
    const { db, project, history } = await setUp();
    const into = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Ny' } });
    await db.memos.add(memo(project.id, 'm-child', 'code', 'x-code-child', 'Tydelige grenser'));
    await mergeCodes(history, { fromId: 'x-code-child', intoId: into.id });
    expect(await db.memos.get('m-child')).toMatchObject({ targetKind: 'code', targetId: into.id, plainText: 'Tydelige grenser' });
  });

  it('splits the chosen codings off into a new sibling right after the code; undo puts them back', async () => {
    const { db, project, history } = await setUp();
    await createCode(history, { projectId: project.id, parentId: 'x-code-parent', fields: { name: 'Tvetydig' } });
    await db.codings.bulkAdd([coding(project.id, 'c-2', 'x-code-child', 1, 5), coding(project.id, 'c-3', 'x-code-child', 10, 20)]);
    const before = await snapshot(db, project.id);

    const created = await splitCode(history, { codeId: 'x-code-child', codingIds: ['c-2', 'c-3', 'x-unrelated'], name: 'Henvisning med begrunnelse' });
    expect(await outline(db, project.id)).toBe('Grensearbeid(Tydelig,Henvisning med begrunnelse,Tvetydig)');
    expect(created).toMatchObject({ parentId: 'x-code-parent', order: 1 });
    const moved = await db.codings.where('codeId').equals(created.id).primaryKeys();
    expect(moved.sort()).toEqual(['c-2', 'c-3']);
    expect(await db.codings.where('codeId').equals('x-code-child').primaryKeys()).toEqual(['x-coding']);
    expect(history.getSnapshot().undo).toEqual({ key: 'splitCode', values: { code: 'Henvisning med begrunnelse' } });

    await history.undo();
    expect(await snapshot(db, project.id)).toEqual(before);
    await expect(splitCode(history, { codeId: 'x-code-child', codingIds: [], name: 'Tom' })).rejects.toMatchObject({ problem: 'nothing-chosen' });
  });

  it('a memo saved on a code is deleted with it and comes back on undo', async () => {
    const { db, project, history } = await setUp();
    await saveMemo(history, { projectId: project.id, authorId: 'x-coder', target: { kind: 'code', id: 'x-code-child' }, content: { title: '', content: '{}', plainText: 'Notat' } });
    await deleteCode(history, { id: 'x-code-child' });
    expect(await db.memos.where('[targetKind+targetId]').equals(['code', 'x-code-child']).count()).toBe(0);
    await history.undo();
    const restored = await db.memos.where('[targetKind+targetId]').equals(['code', 'x-code-child']).first();
    expect(restored?.plainText).toBe('Notat');
    const codes: Code[] = await db.codes.where('projectId').equals(project.id).toArray();
    expect(codes.map((c) => c.name).sort()).toEqual(['Grensearbeid', 'Tydelig']);
  });

  it('a merge that fails at its last write leaves everything as it was (one transaction)', async () => {
    const { db, project, history } = await setUp();
    const into = await createCode(history, { projectId: project.id, parentId: null, fields: { name: 'Tvetydig' } });
    await db.codings.add(coding(project.id, 'c-from', 'x-code-parent', 8, 30));
    const before = await snapshot(db, project.id);
    // The code itself is deleted last, after the codings, sub-codes and memos have moved.
    const refuse = (key: unknown) => {
      if (key === 'x-code-parent') throw new Error('disk full');
    };
    db.codes.hook('deleting', refuse);
    await expect(mergeCodes(history, { fromId: 'x-code-parent', intoId: into.id })).rejects.toThrow('disk full');
    db.codes.hook('deleting').unsubscribe(refuse);
    expect(await snapshot(db, project.id)).toEqual(before);
    expect(history.getSnapshot().undo).toEqual({ key: 'createCode', values: { code: 'Tvetydig' } });
  });
});
