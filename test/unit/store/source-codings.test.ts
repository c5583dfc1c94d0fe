import { afterEach, describe, expect, it } from 'vitest';
import type { Coding } from '../../../shared/model';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { addCoding, recodeCoding } from '../../../renderer/store/commands/codings';
import { watchSourceCodings } from '../../../renderer/store/queries/source-codings';
import { fillProject, freshName } from './fixtures';

/**
 * The document view's codings, live: after the first read, a change re-reads only the rows it
 * touched, so every other coding stays the very object the view already drew (issue #12: "the live
 * query delivering only the change").
 */
let db: KodebokDb;
let stop = () => undefined as void;
afterEach(() => {
  stop();
  db?.close();
});

async function setUp() {
  db = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Koding' });
  await fillProject(db, project.id);
  const history = new History(db);
  const lists: (readonly Coding[])[] = [];
  stop = watchSourceCodings(db, 'x-src', (list) => lists.push(list));
  const latest = async (count: number) => {
    await expect.poll(() => lists.length).toBeGreaterThanOrEqual(count);
    return lists[lists.length - 1]!;
  };
  const code = (start: number, end: number) =>
    addCoding(history, { coding: { projectId: project.id, sourceId: 'x-src', codeId: 'x-code-parent', coderId: 'x-coder', start, end }, codeName: 'Kode' });
  return { project, history, lists, latest, code };
}

describe('the codings of a source, live', () => {
  it('hands over an added coding with every other coding the same object as before', async () => {
    const { latest, code } = await setUp();
    const first = await latest(1);
    expect(first.length).toBe(1);
    const added = await code(8, 30);
    const second = await latest(2);
    expect(second.map((c) => c.id).sort()).toEqual([first[0]!.id, added.id].sort());
    expect(second).toContain(first[0]);
  });

  it('replaces a recoded coding, takes an undone one away, and leaves the list alone for other sources', async () => {
    const { history, latest, lists, code } = await setUp();
    await latest(1);
    const added = await code(8, 30);
    await latest(2);
    await recodeCoding(history, { id: added.id, codeId: 'x-code-child', codeName: 'Underkode' });
    const recoded = await latest(3);
    expect(recoded.find((c) => c.id === added.id)?.codeId).toBe('x-code-child');
    await history.undo();
    await history.undo();
    const undone = await latest(5);
    expect(undone.map((c) => c.id)).not.toContain(added.id);
    const before = lists.length;
    await db.codings.put({ ...undone[0]!, id: 'elsewhere', sourceId: 'another-source' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lists.length).toBe(before);
  });

  it('reads the whole list again after a bulk write it cannot narrow down', async () => {
    const { latest } = await setUp();
    const first = await latest(1);
    const many = Array.from({ length: 60 }, (_, i) => ({ ...first[0]!, id: `bulk-${i}`, start: i, end: i + 1 }));
    await db.codings.bulkPut(many);
    const after = await latest(2);
    expect(after.length).toBe(61);
  });
});
