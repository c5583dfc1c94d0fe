import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, projectTables, type KodebokDb } from '../../../renderer/store/db';
import {
  createProject,
  duplicateProject,
  getProject,
  listProjects,
  markProjectDeleted,
  markProjectOpened,
  purgeDeletedProjects,
  renameProject,
  restoreProject,
} from '../../../renderer/store/repositories/projects';
import { fillProject, freshName } from './fixtures';

let db: KodebokDb;
afterEach(async () => {
  db?.close();
});

async function open(): Promise<KodebokDb> {
  db = createDatabase(freshName());
  await db.open();
  return db;
}

describe('projects', () => {
  it('creates a project with the default 48-hour answer deadline and trims its name', async () => {
    const db = await open();
    const p = await createProject(db, { name: '  Grensearbeid   i NAV  ' });
    expect(p.name).toBe('Grensearbeid i NAV');
    expect(p.settings.answerDeadlineHours).toBe(48);
    expect(await getProject(db, p.id)).toEqual(p);
  });

  it('refuses an empty name', async () => {
    const db = await open();
    await expect(createProject(db, { name: '   ' })).rejects.toThrow(/needs a name/);
    expect(await db.projects.count()).toBe(0);
  });

  it('lists the most recently opened first', async () => {
    const db = await open();
    const a = await createProject(db, { name: 'A' });
    const b = await createProject(db, { name: 'B' });
    await markProjectOpened(db, a.id);
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A', 'B']);
    await new Promise((r) => setTimeout(r, 5));
    await markProjectOpened(db, b.id);
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['B', 'A']);
  });

  it('renames', async () => {
    const db = await open();
    const p = await createProject(db, { name: 'Gammelt' });
    await renameProject(db, p.id, 'Nytt navn');
    expect((await getProject(db, p.id))?.name).toBe('Nytt navn');
  });

  it('hides a deleted project until undo, and purges everything in it otherwise', async () => {
    const db = await open();
    const keep = await createProject(db, { name: 'Beholdes' });
    const gone = await createProject(db, { name: 'Slettes' });
    await fillProject(db, keep.id, 'k');
    await fillProject(db, gone.id, 'g');

    await markProjectDeleted(db, gone.id);
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['Beholdes']);
    await restoreProject(db, gone.id);
    expect(await listProjects(db)).toHaveLength(2);

    await markProjectDeleted(db, gone.id);
    expect(await purgeDeletedProjects(db)).toBe(1);
    for (const table of projectTables) {
      expect(await db.table(table).where('projectId').equals(gone.id).count(), table).toBe(0);
      expect(await db.table(table).where('projectId').equals(keep.id).count(), table).toBeGreaterThan(0);
    }
  });

  it('duplicates a project into an independent copy with every reference remapped', async () => {
    const db = await open();
    const original = await createProject(db, { name: 'Original' });
    await fillProject(db, original.id);
    const copy = await duplicateProject(db, original.id, 'Original (kopi)');

    const [src] = await db.sources.where('projectId').equals(copy.id).toArray();
    const codes = await db.codes.where('projectId').equals(copy.id).toArray();
    const [coding] = await db.codings.where('projectId').equals(copy.id).toArray();
    const [memo] = await db.memos.where('projectId').equals(copy.id).toArray();
    const [msg] = await db.messages.where('projectId').equals(copy.id).toArray();
    const [attr] = await db.attributes.where('projectId').equals(copy.id).toArray();
    const [coder] = await db.coders.where('projectId').equals(copy.id).toArray();

    expect(src!.id).not.toBe('x-src');
    expect((await db.sourceTexts.get(src!.id))?.text).toContain('Du må ringe NAV-kontoret.');
    expect(msg!.sourceId).toBe(src!.id);
    const child = codes.find((c) => c.name === 'Tydelig')!;
    const parent = codes.find((c) => c.name === 'Grensearbeid')!;
    expect(child.parentId).toBe(parent.id);
    expect(coding).toMatchObject({ sourceId: src!.id, codeId: child.id, coderId: coder!.id, start: 68, end: 93 });
    expect(memo!.targetId).toBe(coding!.id);
    expect(src!.attributes).toEqual({ [attr!.id]: 'Gruppe A' });

    // The original is untouched and editing the copy does not reach it.
    await renameProject(db, copy.id, 'Endret kopi');
    expect((await getProject(db, original.id))?.name).toBe('Original');
    expect(await db.codings.where('projectId').equals(original.id).count()).toBe(1);
  });
});
