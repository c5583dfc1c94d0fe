import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, projectTables, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { deleteSource, sourceDeletionImpact } from '../../../renderer/store/commands/sources';
import { removeCodings } from '../../../renderer/store/commands/codings';
import { fillProject, freshName } from '../store/fixtures';

let db: KodebokDb;
afterEach(() => db?.close());

async function setUp() {
  db = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Spor' });
  await fillProject(db, project.id);
  return { project, history: new History(db) };
}

async function everything(projectId: string) {
  const rows: Record<string, unknown[]> = {};
  for (const table of projectTables) rows[table] = await db.table(table).where('projectId').equals(projectId).toArray();
  return rows;
}

describe('deleting leaves no dangling trail (store)', () => {
  it('deleting a source takes its text, codings and whole analysis trail in one step; undo brings all back', async () => {
    const { project, history } = await setUp();
    const before = await everything(project.id);
    expect(await sourceDeletionImpact(db, 'x-src')).toEqual({
      codings: 1,
      memos: 1,
      meaningUnits: 1,
      placements: 1,
      goldenQuotes: 1,
      themeQuotes: 1,
      read: true,
    });
    await deleteSource(history, { id: 'x-src' });
    const after = await everything(project.id);
    for (const table of ['sources', 'sourceTexts', 'messages', 'sourceEdits', 'codings', 'memos', 'meaningUnits', 'placements', 'goldenQuotes', 'themeQuotes', 'readMarks']) {
      expect(after[table], table).toEqual([]);
    }
    // What is not about this source stays: code groups, subgroups, themes, the analytic text (without it in its checklist).
    expect(after.codeGroups).toHaveLength(1);
    expect(after.subgroups).toHaveLength(1);
    expect(after.themes).toHaveLength(2);
    expect(after.analyticTexts).toEqual([expect.objectContaining({ id: 'x-at', recontextualised: [] })]);
    expect(history.getSnapshot().undo).toEqual({ key: 'deleteSource', values: { source: 'Dialog 1' } });

    await history.undo();
    expect(await everything(project.id)).toEqual(before);
  });

  it('removing a coding leaves the meaning unit and theme quote taken from it in place, naming no coding', async () => {
    const { history } = await setUp();
    await removeCodings(history, { ids: ['x-coding'] });
    expect(await db.codings.get('x-coding')).toBeUndefined();
    expect(await db.meaningUnits.get('x-mu')).toMatchObject({ codingId: null, start: 68, end: 93 });
    expect(await db.themeQuotes.get('x-tq')).toMatchObject({ codingId: null, start: 68, end: 93 });
    expect(await db.goldenQuotes.get('x-gq')).toBeDefined();
    await history.undo();
    expect(await db.meaningUnits.get('x-mu')).toMatchObject({ codingId: 'x-coding' });
    expect(await db.themeQuotes.get('x-tq')).toMatchObject({ codingId: 'x-coding' });
  });
});
