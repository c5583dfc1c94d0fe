import { describe, expect, it } from 'vitest';
import { createDatabase, projectTables, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { writeProject } from '../../../renderer/store/history/apply-writes';
import { createProject } from '../../../renderer/store/repositories/projects';
import { currentCoder } from '../../../renderer/store/repositories/coders';
import { mergeProject, previewMerge } from '../../../renderer/store/commands/merge';
import type { OurRows } from '../../../shared/exchange/merge';
import type { Write } from '../../../shared/model';
import { freshName } from '../store/fixtures';
import { ourProject, source, texts, theirProject, coding, memo } from './merge-fixtures';

/** Our fixture project stored under a real project row. */
async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Bostøtte' });
  const rows = ourProject();
  const writes: Write[] = [];
  for (const table of ['coders', 'sources', 'sourceTexts', 'codes', 'codings', 'memos'] as const)
    for (const row of rows[table] as unknown as OurRows['coders']) {
      const stored: typeof row = { ...row, projectId: project.id };
      writes.push({ op: 'put', table, projectId: project.id, row: stored });
    }
  await writeProject(db, writes);
  return { db, projectId: project.id, history: new History(db) };
}

/** Every row of every project table, sorted: what "exactly as before" is compared by. */
async function everything(db: KodebokDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of projectTables) {
    const rows = await db.table(table).toArray();
    out[table] = rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

const theirs = () =>
  theirProject((t) => {
    t.codes[1]!.definition = 'Veilederen sier nei.';
    const three = source('k-s3', 'p-theirs', 'Dialog 3', texts.three, 2);
    t.sources.push(three.source);
    t.sourceTexts.push(three.text);
    t.codings.push(coding('k-c3', 'p-theirs', 'k-s3', 'k-tv', 'k-kari', 8, 50));
    t.memos.push(memo('k-m2', 'p-theirs', 'code', 'k-ty', 'k-kari', 'Kari: regelen gjelder bare bostøtte.'));
  });

describe('mergeProject (store command)', () => {
  it('merges in ONE undoable step, and undo restores every table exactly', async () => {
    const { db, projectId, history } = await setUp();
    const before = await everything(db);
    const preview = await previewMerge(history, { projectId, theirs: theirs() });
    expect(await everything(db)).toEqual(before);

    const summary = await mergeProject(history, { projectId, theirs: theirs() });
    expect(summary.codings.added).toBe(preview.codings.added);
    expect(summary.codings.added).toBe(3);
    expect(await db.codings.where('projectId').equals(projectId).count()).toBe(5);
    expect((await db.coders.where('projectId').equals(projectId).toArray()).map((c) => c.name).sort()).toEqual(['Kari', 'Ola']);
    expect((await db.codes.toArray()).filter((c) => c.name === 'Tydelig (Kari)')).toHaveLength(1);
    expect(history.getSnapshot().undo).toEqual({ key: 'mergeProject', values: { name: 'Karis kopi' } });
    // This machine still codes as Ola.
    expect((await currentCoder(db, projectId)).name).toBe('Ola');

    await history.undo();
    expect(await everything(db)).toEqual(before);
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('merging the same file twice adds nothing the second time', async () => {
    const { db, projectId, history } = await setUp();
    await mergeProject(history, { projectId, theirs: theirs() });
    const once = await everything(db);
    const again = await mergeProject(history, { projectId, theirs: theirs() });
    expect(again.nothingNew).toBe(true);
    expect(again.codings).toEqual({ added: 0, alreadyThere: 3 });
    expect(await everything(db)).toEqual(once);
  });

  it('a project with no coder yet gets its own first, so Kari never becomes this machine’s coder', async () => {
    const db: KodebokDb = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Tomt' });
    await db.coders.where('projectId').equals(project.id).delete();
    await mergeProject(new History(db), { projectId: project.id, theirs: theirs() });
    expect((await currentCoder(db, project.id)).name).not.toBe('Kari');
    expect(await db.sources.where('projectId').equals(project.id).count()).toBe(3);
  });
});
