import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { onProjectDataChanged } from '../../../renderer/store/change-feed';
import { createProject, markProjectOpened, renameProject } from '../../../renderer/store/repositories/projects';
import { writeSetting } from '../../../renderer/store/repositories/settings';
import { fillProject, freshName } from '../store/fixtures';

let db: KodebokDb;
afterEach(() => db?.close());

describe('onProjectDataChanged', () => {
  it('hears writes to a project’s rows, not opening or renaming a project, settings, or other databases', async () => {
    db = createDatabase(freshName());
    await db.open();
    const other = createDatabase(freshName());
    await other.open();
    const listener = vi.fn();
    const stop = onProjectDataChanged(db, listener);

    const project = await createProject(db, { name: 'Endringer' });
    await markProjectOpened(db, project.id);
    await renameProject(db, project.id, 'Nytt navn');
    await writeSetting(db, 'language', 'nn');
    await fillProject(other, 'annen');
    await new Promise((r) => setTimeout(r, 10));
    expect(listener).not.toHaveBeenCalled();

    await db.codings.put({
      id: 'k1',
      projectId: project.id,
      sourceId: 's',
      codeId: 'c',
      coderId: 'a',
      authorId: 'a',
      start: 0,
      end: 1,
      createdAt: '',
      updatedAt: '',
    });
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());

    stop();
    listener.mockClear();
    await db.codings.delete('k1');
    await new Promise((r) => setTimeout(r, 10));
    expect(listener).not.toHaveBeenCalled();
    other.close();
  });
});
