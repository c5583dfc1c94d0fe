import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { readCodingsOfCode } from '../../../renderer/store/queries/codebook';
import { readMemoWithAuthor } from '../../../renderer/store/queries/memos';
import { readOpenProject, readSourceCountsByProject } from '../../../renderer/store/queries/projects';
import { readMessageCountsBySource } from '../../../renderer/store/queries/sources';
import { createProject, markProjectDeleted } from '../../../renderer/store/repositories/projects';
import { fillProject, freshName } from './fixtures';

/** The reads behind the live queries features show: counts on the projects and sources screens, the open project, a code's codings, a memo's author. */
let db: KodebokDb;
afterEach(() => db?.close());

async function open(): Promise<KodebokDb> {
  db = createDatabase(freshName());
  await db.open();
  return db;
}

describe('store queries', () => {
  it('counts sources per project, and turns per source, without mixing projects', async () => {
    const db = await open();
    const a = await createProject(db, { name: 'Grensearbeid' });
    const b = await createProject(db, { name: 'Ventetid' });
    await fillProject(db, a.id, 'a');
    await fillProject(db, b.id, 'b');
    await db.sources.add({ ...(await db.sources.get('b-src'))!, id: 'b-src-2', order: 1 });

    expect(await readSourceCountsByProject(db)).toEqual(new Map([[a.id, 1], [b.id, 2]]));
    expect(await readMessageCountsBySource(db, a.id)).toEqual(new Map([['a-src', 1]]));
    expect(await readMessageCountsBySource(db, b.id)).toEqual(new Map([['b-src', 1]]));
  });

  it('the open project is null when none is chosen, when it is deleted, or when it is gone', async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Grensearbeid' });
    expect(await readOpenProject(db, project.id)).toEqual(project);
    expect(await readOpenProject(db, null)).toBeNull();
    expect(await readOpenProject(db, 'finnes-ikke')).toBeNull();
    await markProjectDeleted(db, project.id);
    expect(await readOpenProject(db, project.id)).toBeNull();
  });

  it("a code's codings come with their source and text, and only that code's", async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Grensearbeid' });
    await fillProject(db, project.id, 'x');
    const found = await readCodingsOfCode(db, 'x-code-child');
    expect(found.codings.map((c) => c.id)).toEqual(['x-coding']);
    expect(found.sources.get('x-src')?.title).toBe('Dialog 1');
    const { start, end } = found.codings[0]!;
    expect(found.texts.get('x-src')!.slice(start, end)).toBe('Du må ringe NAV-kontoret.');
    expect((await readCodingsOfCode(db, 'x-code-parent')).codings).toEqual([]);
    expect((await readCodingsOfCode(db, null)).codings).toEqual([]);
  });

  it("a memo comes with its author's name; no memo yet reads as nulls", async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Grensearbeid' });
    await fillProject(db, project.id, 'x');
    const found = await readMemoWithAuthor(db, { kind: 'coding', id: 'x-coding' });
    expect(found.memo?.plainText).toBe('Eksplisitt henvisning.');
    expect(found.authorName).toBe('Koder A');
    expect(await readMemoWithAuthor(db, { kind: 'code', id: 'x-code-child' })).toEqual({ memo: null, authorName: null });
  });
});
