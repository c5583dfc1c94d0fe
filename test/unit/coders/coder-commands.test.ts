import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { addCoder, adoptUnit, updateCoder } from '../../../renderer/store/commands/coders';
import { currentCoder } from '../../../renderer/store/repositories/coders';
import { writeSetting } from '../../../renderer/store/repositories/settings';
import { createProject } from '../../../renderer/store/repositories/projects';
import type { Coding } from '../../../shared/model';
import { freshName } from '../store/fixtures';

async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Tråder' });
  return { db, project, history: new History(db) };
}

const coding = (id: string, coderId: string, codeId: string, start: number, end: number, projectId: string): Coding => ({
  id, projectId, sourceId: 's', codeId, coderId, authorId: coderId, start, end, createdAt: 't', updatedAt: 't',
});

describe('coder commands', () => {
  it('add, rename and recolour a coder, each undone in one step', async () => {
    const { db, project, history } = await setUp();
    const ola = await addCoder(history, { projectId: project.id, name: ' Ola ' });
    expect((await db.coders.get(ola.id))?.name).toBe('Ola');
    await updateCoder(history, { id: ola.id, name: 'Ola Hansen' });
    expect((await db.coders.get(ola.id))?.name).toBe('Ola Hansen');
    await history.undo();
    expect((await db.coders.get(ola.id))?.name).toBe('Ola');
    await history.undo();
    expect(await db.coders.get(ola.id)).toBeUndefined();
    await expect(addCoder(history, { projectId: project.id, name: '  ' })).rejects.toThrow('coderNameEmpty');
  });

  it('codes as the chosen active coder, and falls back to the first person when that coder is gone', async () => {
    const { db, project, history } = await setUp();
    const first = await currentCoder(db, project.id);
    const kari = await addCoder(history, { projectId: project.id, name: 'Kari' });
    expect((await currentCoder(db, project.id)).id).toBe(first.id);
    await writeSetting(db, 'activeCoders', { [project.id]: kari.id });
    expect((await currentCoder(db, project.id)).id).toBe(kari.id);
    await history.undo();
    expect((await currentCoder(db, project.id)).id).toBe(first.id);
  });

  it('adopts a coder’s coding of a unit into a new consensus coder, undone as one step', async () => {
    const { db, project, history } = await setUp();
    const p = project.id;
    const a = await addCoder(history, { projectId: p, name: 'Anne' });
    await db.codings.bulkPut([coding('c1', a.id, 'x', 5, 15, p), coding('c2', 'other', 'y', 10, 20, p)]);
    const result = await adoptUnit(history, { projectId: p, sourceId: 's', start: 10, end: 20, fromCoderId: a.id, codeIds: ['x', 'y'] });
    expect(result).toEqual({ added: 1, removed: 0 });
    const consensus = (await db.coders.where('projectId').equals(p).toArray()).find((c) => c.name === 'Konsensus');
    expect(consensus).toBeDefined();
    const theirs = await db.codings.where('coderId').equals(consensus!.id).toArray();
    expect(theirs.map((c) => [c.codeId, c.start, c.end])).toEqual([['x', 10, 15]]);
    expect(history.getSnapshot().undo?.key).toBe('coders.adopt');
    await history.undo();
    expect(await db.codings.where('coderId').equals(consensus!.id).count()).toBe(0);
    expect(await db.coders.get(consensus!.id)).toBeUndefined();
  });
});
