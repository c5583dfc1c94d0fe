import { describe, expect, it } from 'vitest';
import { createDatabase, projectTables, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { applyWrites } from '../../../renderer/store/history/apply-writes';
import { projectTableNames, writeKey, type Attribute, type Write } from '../../../shared/model';
import { createProject } from '../../../renderer/store/repositories/projects';
import { fillProject, freshName } from '../store/fixtures';

async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Skrivinger' });
  await fillProject(db, project.id);
  return { db, project, history: new History(db) };
}

describe('writes as plain data', () => {
  it('name every project table of the store, and only those', () => {
    expect([...projectTables]).toEqual([...projectTableNames]);
  });

  it('survive a JSON round trip unchanged and still apply as one undoable step', async () => {
    const { db, project, history } = await setUp();
    const attribute: Attribute = { id: 'x-attr-2', projectId: project.id, name: 'Bydel', type: 'text', choices: [], order: 1, createdAt: 't', updatedAt: 't' };
    const planned: Write[] = [
      { op: 'put', table: 'attributes', projectId: project.id, row: attribute },
      { op: 'update', table: 'codes', projectId: project.id, key: 'x-code-parent', patch: { name: 'Grenser' } },
      { op: 'delete', table: 'memos', projectId: project.id, key: 'x-memo' },
      { op: 'update', table: 'sourceTexts', projectId: project.id, key: 'x-src', patch: { text: 'Bruker: Hei.' } },
    ];
    const travelled = JSON.parse(JSON.stringify(planned)) as Write[];
    expect(travelled).toEqual(planned);
    expect(travelled.map(writeKey)).toEqual(['x-attr-2', 'x-code-parent', 'x-memo', 'x-src']);

    await history.run({ key: 'test' }, (rec) => applyWrites(rec, travelled));
    expect((await db.attributes.get('x-attr-2'))?.name).toBe('Bydel');
    expect((await db.codes.get('x-code-parent'))?.name).toBe('Grenser');
    expect(await db.memos.get('x-memo')).toBeUndefined();
    expect((await db.sourceTexts.get('x-src'))?.text).toBe('Bruker: Hei.');

    await history.undo();
    expect(await db.attributes.get('x-attr-2')).toBeUndefined();
    expect((await db.codes.get('x-code-parent'))?.name).toBe('Grensearbeid');
    expect(await db.memos.get('x-memo')).toBeDefined();
    expect((await db.sourceTexts.get('x-src'))?.text).toMatch(/NAV-kontoret/);
  });

  it('write nothing when one of them fails', async () => {
    const { db, project, history } = await setUp();
    const writes: Write[] = [
      { op: 'update', table: 'codes', projectId: project.id, key: 'x-code-parent', patch: { name: 'Grenser' } },
      { op: 'update', table: 'codes', projectId: project.id, key: 'no-such-code', patch: { name: 'Borte' } },
    ];
    await expect(history.run({ key: 'test' }, (rec) => applyWrites(rec, writes))).rejects.toThrow();
    expect((await db.codes.get('x-code-parent'))?.name).toBe('Grensearbeid');
  });
});
