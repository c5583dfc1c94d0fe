import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDatabase, projectTables } from '../../../renderer/store/db';
import { currentSchemaVersion, schemaVersions } from '../../../renderer/store/schema';
import { backupTables } from '../../../shared/backup';
import { latestSchemaVersion, rowUpgrades } from '../../../shared/migrations';
import { createProject } from '../../../renderer/store/repositories/projects';
import { getSourceText } from '../../../renderer/store/repositories/sources';
import { fillAnalysis, fillProject, freshName } from './fixtures';

/**
 * The harness every schema change uses: open version N with data in it, close, reopen at N+1
 * (running its upgrade), and check nothing was lost. It runs for every consecutive pair, so a
 * new version is covered the moment it is appended to schemaVersions.
 */
describe('schema migrations', () => {
  it('versions are numbered 1, 2, 3… with no gaps and never edited in place', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    expect(currentSchemaVersion).toBe(schemaVersions.length);
  });

  it('every Dexie version has its row-level twin, which restoring an older backup runs', () => {
    expect(rowUpgrades.map((u) => u.version)).toEqual(schemaVersions.slice(1).map((v) => v.version));
    expect(latestSchemaVersion).toBe(currentSchemaVersion);
    // Backups carry exactly the project tables.
    expect([...backupTables]).toEqual([...projectTables]);
  });

  it('creates version 1 from nothing with every project table', async () => {
    const name = freshName();
    const db = createDatabase(name, schemaVersions.slice(0, 1));
    await db.open();
    expect(db.verno).toBe(1);
    for (const table of Object.keys(schemaVersions[0]!.stores)) expect(db.tables.map((t) => t.name)).toContain(table);
    db.close();
  });

  it('the current version has every project table', async () => {
    const db = createDatabase(freshName());
    await db.open();
    for (const table of projectTables) expect(db.tables.map((t) => t.name)).toContain(table);
    db.close();
  });

  it('v2 gives every project a coder and a stored row for every coder a v1 coding names', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 1));
    await old.open();
    const empty = await createProject(old, { name: 'Uten koder' });
    const coded = await createProject(old, { name: 'Med koding' });
    await fillProject(old, coded.id);
    await old.coders.clear();
    old.close();

    const current = createDatabase(name);
    await current.open();
    expect(await current.coders.where('projectId').equals(empty.id).count()).toBe(1);
    const coders = await current.coders.where('projectId').equals(coded.id).toArray();
    expect(coders.map((c) => c.id)).toEqual(['x-coder']);
    expect(coders[0]!.name).toBe('Koder 1');
    current.close();
    await Dexie.delete(name);
  });

  it('v3 keeps the imported text and derives the fixed one: a v2 text fixed in place gets its fix undone', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 2));
    await old.open();
    const project = await createProject(old, { name: 'Rettet' });
    await fillProject(old, project.id);
    const fixedText = (await old.sourceTexts.get('x-src'))!.text;
    expect(fixedText).toContain('Hei, når får jeg');
    old.close();

    const current = createDatabase(name);
    await current.open();
    expect((await current.sourceTexts.get('x-src'))!.text).toBe(fixedText.replace('når', 'nør'));
    expect(await getSourceText(current, 'x-src')).toBe(fixedText);
    expect(await current.sourceEdits.count()).toBe(1);
    current.close();
    await Dexie.delete(name);
  });

  it('v4 keeps everything a v3 project holds and adds the STC and thematic tables, empty and ready for work', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 3));
    await old.open();
    const project = await createProject(old, { name: 'Før analysen' });
    await fillProject(old, project.id);
    const before: Record<string, unknown[]> = {};
    for (const table of old.tables) before[table.name] = await table.toArray();
    old.close();

    const current = createDatabase(name, schemaVersions.slice(0, 4));
    await current.open();
    expect(current.verno).toBe(4);
    for (const [table, rows] of Object.entries(before)) expect(await current.table(table).toArray(), table).toEqual(rows);
    const tables = current.tables.map((t) => t.name);
    const added = projectTables.filter((table) => !(table in before) && tables.includes(table));
    expect(added).toEqual([
      'analysisSteps',
      'readMarks',
      'preliminaryThemes',
      'meaningUnits',
      'codeGroups',
      'subgroups',
      'placements',
      'goldenQuotes',
      'analyticTexts',
      'themes',
      'themeCodes',
      'themeLinks',
      'themeQuotes',
    ]);
    for (const table of added) expect(await current.table(table).count(), table).toBe(0);
    // Usable: rows go in and come out through the indexes the analysis screens query by.
    await fillAnalysis(current, project.id);
    for (const table of added) expect(await current.table(table).where('projectId').equals(project.id).count(), table).toBeGreaterThan(0);
    expect(await current.meaningUnits.where('sourceId').equals('x-src').count()).toBe(1);
    expect(await current.placements.where('codeGroupId').equals('x-cg').count()).toBe(1);
    expect(await current.themes.where('parentId').equals('x-th').count()).toBe(1);
    current.close();
    await Dexie.delete(name);
  });

  it('v5 keeps everything a v4 project holds and adds saved searches and the search index cache, empty and usable', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 4));
    await old.open();
    const project = await createProject(old, { name: 'Før søket' });
    await fillProject(old, project.id);
    const before: Record<string, unknown[]> = {};
    for (const table of old.tables) before[table.name] = await table.toArray();
    expect(before.themeQuotes).toHaveLength(1);
    old.close();

    const current = createDatabase(name, schemaVersions.slice(0, 5));
    await current.open();
    expect(current.verno).toBe(5);
    for (const [table, rows] of Object.entries(before)) expect(await current.table(table).toArray(), table).toEqual(rows);
    const tables = current.tables.map((t) => t.name);
    expect(projectTables.filter((table) => !(table in before) && tables.includes(table))).toEqual(['savedSearches']);
    expect(await current.savedSearches.count()).toBe(0);
    expect(await current.searchIndexes.count()).toBe(0);
    // The index cache is this machine's, not the project's: backups and sync never see it.
    expect(projectTables).not.toContain('searchIndexes');
    await current.savedSearches.add({
      id: 'ss',
      projectId: project.id,
      name: 'Ventetid',
      query: 'vente* svar',
      mode: 'words',
      options: { stopWords: true, foldAa: false },
      filters: { roles: ['user'], attributes: {}, code: null },
      authorId: 'x-coder',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await current.searchIndexes.put({ projectId: project.id, version: 1, options: { language: 'nb', stopWords: true, foldAa: false }, index: '{}', signatures: {}, updatedAt: '' });
    expect(await current.savedSearches.where('projectId').equals(project.id).count()).toBe(1);
    expect((await current.searchIndexes.get(project.id))?.version).toBe(1);
    current.close();
    await Dexie.delete(name);
  });

  it('v6 keeps everything a v5 project holds and adds attachments, empty and usable with bytes', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 5));
    await old.open();
    const project = await createProject(old, { name: 'Før vedleggene' });
    await fillProject(old, project.id);
    const before: Record<string, unknown[]> = {};
    for (const table of old.tables) before[table.name] = await table.toArray();
    expect(before.savedSearches).toHaveLength(1);
    expect(before.themeQuotes).toHaveLength(1);
    old.close();

    const current = createDatabase(name, schemaVersions.slice(0, 6));
    await current.open();
    expect(current.verno).toBe(6);
    for (const [table, rows] of Object.entries(before)) expect(await current.table(table).toArray(), table).toEqual(rows);
    const tables = current.tables.map((t) => t.name);
    expect(projectTables.filter((table) => !(table in before) && tables.includes(table))).toEqual(['attachments']);
    expect(await current.attachments.count()).toBe(0);
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await current.attachments.add({
      id: 'a1',
      projectId: project.id,
      name: 'intervju.pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      bytes,
      sizeBytes: bytes.length,
      path: 'internal://intervju.pdf',
      refiGuid: '00000000-0000-4000-8000-000000000001',
      selections: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect((await current.attachments.where('projectId').equals(project.id).first())?.bytes).toEqual(bytes);
    current.close();
    await Dexie.delete(name);
  });

  it('v7 keeps everything a v6 project holds and adds codebook review tables, empty and usable', async () => {
    const name = freshName();
    const old = createDatabase(name, schemaVersions.slice(0, 6));
    await old.open();
    const project = await createProject(old, { name: 'Før gjennomgang' });
    await fillProject(old, project.id);
    const before: Record<string, unknown[]> = {};
    for (const table of old.tables) before[table.name] = await table.toArray();
    expect(before.codes!.length).toBeGreaterThan(0);
    expect(before.attachments).toHaveLength(1);
    old.close();

    const current = createDatabase(name, schemaVersions.slice(0, 7));
    await current.open();
    expect(current.verno).toBe(7);
    for (const [table, rows] of Object.entries(before)) expect(await current.table(table).toArray(), table).toEqual(rows);
    const added = ['codebookVersions', 'reviewComments', 'proposals'] as const;
    for (const table of added) expect(await current.table(table).count(), table).toBe(0);
    const stamp = { projectId: project.id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    await current.codebookVersions.add({ id: 'v1', ...stamp, name: 'Versjon 1', author: 'Kari', note: '', snapshot: { codes: [] }, signOff: null });
    await current.reviewComments.add({ id: 'rc', ...stamp, target: { kind: 'code', codeId: 'x' }, replyTo: null, author: 'Vik', text: 'Uklar', resolved: false });
    await current.proposals.add({ id: 'pr', ...stamp, codeId: 'x', field: 'name', before: 'A', after: 'B', author: 'Vik', status: 'open' });
    for (const table of added) expect(await current.table(table).where('projectId').equals(project.id).count(), table).toBe(1);
    expect(await current.proposals.where('codeId').equals('x').count()).toBe(1);
    current.close();
    await Dexie.delete(name);
  });

  for (let n = 1; n <= schemaVersions.length; n++) {
    it(`opens a version ${n} database with data at version ${currentSchemaVersion} without losing anything`, async () => {
      const name = freshName();
      const old = createDatabase(name, schemaVersions.slice(0, n));
      await old.open();
      const project = await createProject(old, { name: 'Før oppgradering' });
      await fillProject(old, project.id);
      const before: Record<string, number> = {};
      const oldTables = old.tables.map((t) => t.name);
      for (const table of [...projectTables, 'projects']) before[table] = oldTables.includes(table) ? await old.table(table).count() : 0;
      old.close();

      const current = createDatabase(name);
      await current.open();
      expect(current.verno).toBe(currentSchemaVersion);
      for (const table of [...projectTables, 'projects']) {
        expect(await current.table(table).count(), table).toBe(before[table]);
      }
      expect((await current.sourceTexts.get('x-src'))?.text).toContain('dagen etter');
      // Whatever the version it came from, the text a reader sees has the logged fix in it.
      expect(await getSourceText(current, 'x-src')).toContain('Hei, når får jeg');
      expect((await current.codings.get('x-coding'))).toMatchObject({ start: 68, end: 93 });
      current.close();
      await Dexie.delete(name);
    });
  }
});
