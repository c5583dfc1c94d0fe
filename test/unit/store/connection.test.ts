import { describe, expect, it } from 'vitest';
import { watchConnection, type ConnectionEvent } from '../../../renderer/store/connection';
import { createDatabase } from '../../../renderer/store/db';
import { schemaVersions, type SchemaVersion } from '../../../renderer/store/schema';
import { describeStorageError } from '../../../renderer/store/storage-errors';
import { createProject } from '../../../renderer/store/repositories/projects';
import { fillProject, freshName } from './fixtures';

/** A later Kodebok: today's schema plus one more version, as a schema upgrade will add. */
const newerVersions: SchemaVersion[] = [
  ...schemaVersions,
  { version: schemaVersions.length + 1, stores: { reviewNotes: 'id, projectId' } },
];

describe('a second window that upgrades the store', () => {
  it('closes this window’s connection at once, says so, and never reopens it at the old version', async () => {
    const name = freshName();
    const old = createDatabase(name);
    await old.open();
    const project = await createProject(old, { name: 'Prosjekt Solsikke' });
    await fillProject(old, project.id);
    const events: ConnectionEvent[] = [];
    watchConnection(old, (event) => events.push(event));

    const newer = createDatabase(name, newerVersions);
    await newer.open(); // would wait forever if the old window held on
    expect(newer.verno).toBe(newerVersions.length);
    expect(events).toEqual(['upgraded']);
    expect(old.isOpen()).toBe(false);

    // A write from the old window fails in words that say to reload, instead of reopening the
    // store at its old version (a VersionError) or writing rows in the old shape.
    const error = await old.codes.put({ ...(await newer.codes.toArray())[0]!, name: 'Fra det gamle vinduet' }).catch((e: unknown) => e);
    expect(describeStorageError(error).kind).toBe('closed');
    // Everything the old window saved is there for the new one.
    expect(await newer.sources.where('projectId').equals(project.id).count()).toBe(1);
    expect(await newer.codings.where('projectId').equals(project.id).count()).toBeGreaterThan(0);
    expect((await newer.codes.toArray()).map((c) => c.name)).not.toContain('Fra det gamle vinduet');
    newer.close();
  });

  it('tells the upgrading window it is blocked while an older window will not let go, then opens', async () => {
    const name = freshName();
    const first = createDatabase(name);
    await first.open();
    first.close();
    // An older window that ignores "versionchange" (as a Kodebok from before this fix might).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    stubborn.onversionchange = null;

    const newer = createDatabase(name, newerVersions);
    const events: ConnectionEvent[] = [];
    watchConnection(newer, (event) => events.push(event));
    const opening = newer.open();
    await expect.poll(() => events).toEqual(['blocked']);
    expect(newer.isOpen()).toBe(false);
    stubborn.close();
    await opening;
    expect(newer.verno).toBe(newerVersions.length);
    newer.close();
  });

  it('stops watching when asked', async () => {
    const name = freshName();
    const old = createDatabase(name);
    await old.open();
    const events: ConnectionEvent[] = [];
    const stop = watchConnection(old, (event) => events.push(event));
    stop();
    const newer = createDatabase(name, newerVersions);
    await newer.open();
    expect(events).toEqual([]);
    newer.close();
  });
});
