import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { StaleHistoryError } from '../../../renderer/store/history/change';
import { createProject } from '../../../renderer/store/repositories/projects';
import { addCoding, removeCodings, resizeCoding } from '../../../renderer/store/commands/codings';
import { saveMemo } from '../../../renderer/store/commands/memos';
import { createAttribute, deleteAttribute, setSourceAttribute } from '../../../renderer/store/commands/attributes';
import { fillProject, freshName } from '../store/fixtures';

async function setUp(now?: () => number) {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Historikk' });
  await fillProject(db, project.id);
  const history = new History(db, { now });
  const coding = (codeId: string, start: number, end: number) =>
    addCoding(history, { coding: { projectId: project.id, sourceId: 'x-src', codeId, coderId: 'x-coder', start, end }, codeName: codeId });
  return { db, project, history, coding };
}

const spans = async (db: KodebokDb) =>
  (await db.codings.where('sourceId').equals('x-src').sortBy('start')).map((c) => `${c.codeId}:${c.start}-${c.end}`);

describe('the command layer (undo/redo)', () => {
  it('codes, overlaps a second code, undoes twice and redoes once', async () => {
    const { db, history, coding } = await setUp();
    await coding('x-code-parent', 8, 30);
    await coding('x-code-child', 20, 42);
    expect(await spans(db)).toEqual(['x-code-parent:8-30', 'x-code-child:20-42', 'x-code-child:68-93']);

    await history.undo();
    await history.undo();
    expect(await spans(db)).toEqual(['x-code-child:68-93']);
    expect(history.getSnapshot()).toEqual({ undo: null, redo: { key: 'addCoding', values: { code: 'x-code-parent' } } });

    await history.redo();
    expect(await spans(db)).toEqual(['x-code-parent:8-30', 'x-code-child:68-93']);
    expect(history.getSnapshot().redo).toEqual({ key: 'addCoding', values: { code: 'x-code-child' } });
  });

  it('a new step after undo clears redo', async () => {
    const { history, coding } = await setUp();
    await coding('x-code-parent', 8, 30);
    await history.undo();
    await coding('x-code-child', 1, 3);
    expect(history.getSnapshot().redo).toBeNull();
    expect(await history.redo()).toBeNull();
  });

  it('coding the same text with the same code twice adds nothing and no step', async () => {
    const { db, history, coding } = await setUp();
    const first = await coding('x-code-parent', 8, 30);
    const again = await coding('x-code-parent', 8, 30);
    expect(again.id).toBe(first.id);
    await history.undo();
    expect(await spans(db)).toEqual(['x-code-child:68-93']);
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('removing a coding removes its memo, and undo brings both back', async () => {
    const { db, history } = await setUp();
    await removeCodings(history, { ids: ['x-coding'] });
    expect(await db.codings.get('x-coding')).toBeUndefined();
    expect(await db.memos.get('x-memo')).toBeUndefined();
    await history.undo();
    expect(await db.codings.get('x-coding')).toMatchObject({ start: 68, end: 93 });
    expect((await db.memos.get('x-memo'))?.plainText).toBe('Eksplisitt henvisning.');
  });

  it('a command that fails half-way writes nothing and leaves no step', async () => {
    const { db, history } = await setUp();
    await expect(
      history.run({ key: 'broken' }, async (rec) => {
        await rec.delete('codings', 'x-coding');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.codings.get('x-coding')).toBeDefined();
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('refuses to undo over a row changed elsewhere, and drops that step', async () => {
    const { db, history } = await setUp();
    await resizeCoding(history, { id: 'x-coding', start: 70, end: 93 });
    await db.codings.update('x-coding', { end: 90 }); // e.g. another window
    await expect(history.undo()).rejects.toBeInstanceOf(StaleHistoryError);
    expect(await db.codings.get('x-coding')).toMatchObject({ start: 70, end: 90 });
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('refuses to undo adding a coding another window has since written a memo on, and keeps both', async () => {
    const { db, project, history, coding } = await setUp();
    const added = await coding('x-code-parent', 8, 30);
    // The other window is another History on the same database.
    const other = new History(db);
    await saveMemo(other, { projectId: project.id, authorId: 'x-coder', target: { kind: 'coding', id: added.id }, content: { title: '', content: '{}', plainText: 'skrevet i det andre vinduet' } });
    await expect(history.undo()).rejects.toBeInstanceOf(StaleHistoryError);
    expect(await db.codings.get(added.id)).toBeDefined();
    expect(await db.memos.where('[targetKind+targetId]').equals(['coding', added.id]).count()).toBe(1);
    // Once the other window takes its memo back, nothing points at the coding any more.
    await other.undo();
    expect(await db.memos.where('[targetKind+targetId]').equals(['coding', added.id]).count()).toBe(0);
  });

  it('still undoes removing a coding with its memo, and redoes it (the step holds both rows)', async () => {
    const { db, project, history, coding } = await setUp();
    const added = await coding('x-code-parent', 8, 30);
    await saveMemo(history, { projectId: project.id, authorId: 'x-coder', target: { kind: 'coding', id: added.id }, content: { title: '', content: '{}', plainText: 'notat' } });
    await removeCodings(history, { ids: [added.id] });
    await history.undo();
    expect(await db.memos.where('[targetKind+targetId]').equals(['coding', added.id]).count()).toBe(1);
    await history.redo();
    expect(await db.codings.get(added.id)).toBeUndefined();
    expect(await db.memos.where('[targetKind+targetId]').equals(['coding', added.id]).count()).toBe(0);
  });

  it('memo saves typed close together are one step; later ones another', async () => {
    let clock = 0;
    const { db, history, project } = await setUp(() => clock);
    const target = { kind: 'source' as const, id: 'x-src' };
    const save = (text: string) => saveMemo(history, { projectId: project.id, authorId: 'x-coder', target, content: { title: '', content: '{}', plainText: text } });
    await save('F');
    clock += 1000;
    await save('Første');
    clock += 10_000;
    await save('Første tanke.');
    await history.undo();
    expect((await db.memos.where('[targetKind+targetId]').equals(['source', 'x-src']).first())?.plainText).toBe('Første');
    await history.undo();
    expect(await db.memos.where('[targetKind+targetId]').equals(['source', 'x-src']).count()).toBe(0);
  });

  it('deleting an attribute clears it from sources as one undoable step', async () => {
    const { db, history, project } = await setUp();
    const age = await createAttribute(history, { projectId: project.id, name: 'Aldersgruppe' });
    await setSourceAttribute(history, { sourceId: 'x-src', attributeId: age.id, value: '30–39' });
    await deleteAttribute(history, { id: 'x-attr' });
    expect((await db.sources.get('x-src'))?.attributes).toEqual({ [age.id]: '30–39' });
    await history.undo();
    expect((await db.sources.get('x-src'))?.attributes).toEqual({ 'x-attr': 'Gruppe A', [age.id]: '30–39' });
  });

  it('queues steps so rapid undo presses never interleave', async () => {
    const { db, history, coding } = await setUp();
    await coding('x-code-parent', 1, 2);
    await coding('x-code-parent', 2, 3);
    await coding('x-code-parent', 3, 4);
    await Promise.all([history.undo(), history.undo(), history.undo(), history.redo()]);
    expect(await spans(db)).toEqual(['x-code-parent:1-2', 'x-code-child:68-93']);
  });

  it('a memo save that arrives after its coding was removed writes nothing and adds no step', async () => {
    const { db, history, project } = await setUp();
    await removeCodings(history, { ids: ['x-coding'] });
    const saved = await saveMemo(history, { projectId: project.id, authorId: 'x-coder', target: { kind: 'coding', id: 'x-coding' }, content: { title: '', content: '{}', plainText: 'sent' } });
    expect(saved).toBeNull();
    expect(await db.memos.where('[targetKind+targetId]').equals(['coding', 'x-coding']).count()).toBe(0);
    await history.undo();
    expect(await db.codings.get('x-coding')).toBeDefined();
  });
});
