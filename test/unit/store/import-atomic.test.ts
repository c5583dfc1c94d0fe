import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { initI18n } from '../../../renderer/i18n';
import { createProject } from '../../../renderer/store/repositories/projects';
import { importSources, listSources, type PreparedSource } from '../../../renderer/store/repositories/sources';
import { describeStorageError } from '../../../renderer/store/storage-errors';
import { fillProject, freshName } from './fixtures';

/** Two dialogues with a new case attribute each: every table the import writes gets rows. */
function batch(): PreparedSource[] {
  const text = 'Bruker: Hei, jeg lurer på når jeg får svar.\n\nVeileder: (neste dag)\nDu får svar i løpet av uka.';
  return ['Dialog med Kari', 'Dialog med Per'].map((title, i) => ({
    title,
    kind: 'dialogue',
    text,
    preamble: null,
    messages: [
      { speaker: 'Bruker', role: 'user', delay: null, timestamp: null, timestampEnd: null, start: 8, end: 44, line: 1 },
      { speaker: 'Veileder', role: 'caseworker', delay: null, timestamp: null, timestampEnd: null, start: 70, end: text.length, line: 4 },
    ],
    origin: {
      fileName: `dialog-${i}.txt`,
      format: 'dialogue-txt',
      encoding: 'UTF-8',
      lineEndings: 'lf',
      sha256: String(i).repeat(64),
      sizeBytes: text.length,
      importedAt: '2026-11-23T10:00:00.000Z',
      anonymisation: [],
    },
    attributes: { Bydel: i === 0 ? 'Grünerløkka' : 'Sagene', Kjønn: 'kvinne' },
  }));
}

let db: KodebokDb;
afterEach(() => db?.close());

/** A project that already holds one source of everything, so "nothing written" is not "empty". */
async function projectWithWork(): Promise<{ project: Project; before: Record<string, number> }> {
  db = createDatabase(freshName());
  const project = await createProject(db, { name: 'Atomisk' });
  await fillProject(db, project.id);
  return { project: (await db.projects.get(project.id))!, before: await counts(project.id) };
}

async function counts(projectId: string): Promise<Record<string, number>> {
  const tables = [db.sources, db.sourceTexts, db.messages, db.attributes];
  const entries = await Promise.all(tables.map(async (t) => [t.name, await t.where('projectId').equals(projectId).count()] as const));
  return Object.fromEntries(entries);
}

async function expectNothingOfTheBatch(project: Project, before: Record<string, number>) {
  expect(await counts(project.id)).toEqual(before);
  expect((await listSources(db, project.id)).map((s) => s.title)).toEqual(['Dialog 1']);
  expect((await db.projects.get(project.id))!.updatedAt).toBe(project.updatedAt);
}

describe('an import that fails half way', () => {
  it('stores nothing of the batch when the last table (messages) refuses a row', async () => {
    const { project, before } = await projectWithWork();
    let written = 0;
    db.messages.hook('creating', () => {
      // Sources, texts and attributes are already written in this transaction by now.
      if (++written === 3) throw new Error('Disken sviktet midt i importen');
    });
    await expect(importSources(db, project.id, batch())).rejects.toThrow('Disken sviktet');
    expect(written).toBe(3);
    await expectNothingOfTheBatch(project, before);
  });

  it('stores nothing when the very last write, the project timestamp, fails', async () => {
    const { project, before } = await projectWithWork();
    db.projects.hook('updating', () => {
      throw new Error('Prosjektraden kunne ikke oppdateres');
    });
    await expect(importSources(db, project.id, batch())).rejects.toThrow('Prosjektraden');
    await expectNothingOfTheBatch(project, before);
  });

  it('writes the same batch whole once the failure is gone', async () => {
    const { project, before } = await projectWithWork();
    await importSources(db, project.id, batch());
    const after = await counts(project.id);
    expect(after).toEqual({
      sources: before.sources! + 2,
      sourceTexts: before.sourceTexts! + 2,
      messages: before.messages! + 4,
      attributes: before.attributes! + 2,
    });
  });
});

describe('a full disk during the import commit', () => {
  it('stores nothing, and the error reads as "storage full" in the user\'s language', async () => {
    const { project, before } = await projectWithWork();
    // The store itself (not Dexie) refuses: what IndexedDB does when the disk quota is used up.
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'messages') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
    let error: unknown;
    try {
      await importSources(db, project.id, batch());
    } catch (caught) {
      error = caught;
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(error).toBeDefined();
    await expectNothingOfTheBatch(project, before);

    // ImportPanel hands the error to reportError, whose banner shows errors.storage.<kind>.
    const problem = describeStorageError(error);
    expect(problem.kind).toBe('quota');
    const texts = await Promise.all(
      (['nb', 'nn', 'en'] as const).map(async (language) => (await initI18n(language)).t(`errors.storage.${problem.kind}`)),
    );
    expect(texts).toEqual([
      expect.stringContaining('Det lokale lageret er fullt'),
      expect.stringContaining('Det lokale lageret er fullt'),
      expect.stringContaining('The local store is full'),
    ]);
    expect(texts[1]).toContain('Ingenting vart lagra');
  });
});
