import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { readSettings } from '../../../renderer/store/repositories/settings';
import { StoreProvider, useStore, type Store } from '../../../renderer/store/StoreProvider';
import { freshName } from './fixtures';

/**
 * What `useStore()` gives features, the app shell and the editor: named operations and each
 * project's history, never the database (issue #12, one read path). Lint keeps them from the
 * database module and from the store's own `useDatabase`; this keeps it out of the context.
 */
let db: KodebokDb;
afterEach(() => db?.close());

function storeOver(database: KodebokDb): Store {
  let seen: Store | undefined;
  const Probe = () => {
    seen = useStore();
    return null;
  };
  renderToString(createElement(StoreProvider, { db: database, children: createElement(Probe) }));
  return seen!;
}

/** True when the value, or an object it holds (an operation group), is the database itself. */
function reachesDatabase(value: object, database: KodebokDb): boolean {
  return Object.values(value).some(
    (held) => held === database || (typeof held === 'object' && held !== null && Object.values(held).includes(database)),
  );
}

describe('the store context', () => {
  it('the check recognises a database handed out directly or inside an operation group', () => {
    db = createDatabase(freshName());
    expect(reachesDatabase({ db }, db)).toBe(true);
    expect(reachesDatabase({ projects: { db } }, db)).toBe(true);
    expect(reachesDatabase({ projects: { getProject: () => db } }, db)).toBe(false);
  });

  it('hands out named operations and the history, not the database', async () => {
    db = createDatabase(freshName());
    await db.open();
    const store = storeOver(db);
    expect('db' in store).toBe(false);
    expect(reachesDatabase(store, db)).toBe(false);
    expect(typeof store.historyFor).toBe('function');
  });

  it('its operations act on the database it was given', async () => {
    db = createDatabase(freshName());
    await db.open();
    const { projects, settings } = storeOver(db);

    const project = await projects.createProject({ name: 'Grensearbeid' });
    await projects.renameProject(project.id, 'Grensearbeid i NAV');
    expect((await projects.getProject(project.id))?.name).toBe('Grensearbeid i NAV');

    await projects.markProjectDeleted(project.id);
    expect(await projects.getProject(project.id)).toBeUndefined();
    await projects.restoreProject(project.id);
    expect((await projects.getProject(project.id))?.name).toBe('Grensearbeid i NAV');

    await settings.writeSetting('currentProjectId', project.id);
    expect((await readSettings(db)).currentProjectId).toBe(project.id);
  });
});
