import Dexie from 'dexie';
import type { Coding, Source } from '../../../shared/model';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { removeCodingsWith } from '../../../renderer/store/commands/codings';
import { fillProject, freshName } from '../store/fixtures';

describe('a step stays one transaction across its own awaits', () => {
  it('rolls back every write when the step fails after several recorder calls and helper awaits', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Atomisk' });
    await fillProject(db, project.id);
    const history = new History(db);
    const helper = async () => {
      await db.codings.get('x-coding');
      return 1;
    };
    const seen: boolean[] = [];
    await expect(
      history.run({ key: 'broken' }, async (rec) => {
        await rec.update<Coding>('codings', 'x-coding', { start: 1 });
        seen.push(Dexie.currentTransaction !== null);
        await helper();
        seen.push(Dexie.currentTransaction !== null);
        await rec.delete('memos', 'x-memo');
        await rec.update<Source>('sources', 'x-src', { title: 'Endret' });
        seen.push(Dexie.currentTransaction !== null);
        throw new Error('stopp');
      }),
    ).rejects.toThrow('stopp');
    expect(seen).toEqual([true, true, true]);
    expect(await db.codings.get('x-coding')).toMatchObject({ start: 68 });
    expect(await db.memos.get('x-memo')).toBeDefined();
    expect((await db.sources.get('x-src'))!.title).toBe('Dialog 1');
  });

  it('keeps the transaction after removing codings with their memos', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Atomisk 2' });
    await fillProject(db, project.id);
    const history = new History(db);
    let inside = false;
    await expect(
      history.run({ key: 'broken' }, async (rec) => {
        await removeCodingsWith(db, rec, ['x-coding']);
        inside = Dexie.currentTransaction !== null;
        await rec.update<Source>('sources', 'x-src', { title: 'Endret' });
        throw new Error('stopp');
      }),
    ).rejects.toThrow('stopp');
    expect(inside).toBe(true);
    expect(await db.codings.get('x-coding')).toBeDefined();
    expect(await db.memos.get('x-memo')).toBeDefined();
    expect((await db.sources.get('x-src'))!.title).toBe('Dialog 1');
  });
});
