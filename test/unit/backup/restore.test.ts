import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decodeBackup,
  encodeBackup,
  planRestore,
  summariseBackup,
  type DecodedBackup,
  type ProjectBackup,
} from '../../../shared/backup';
import { latestSchemaVersion } from '../../../shared/migrations';
import { applyRestorePlan, backupProject } from '../../../renderer/store/backup';
import { createDatabase, projectTables, type KodebokDb } from '../../../renderer/store/db';
import { newId, nowIso } from '../../../renderer/store/ids';
import { createProject } from '../../../renderer/store/repositories/projects';
import { schemaVersions } from '../../../renderer/store/schema';
import { fillProject, freshName } from '../store/fixtures';
import { fileText, nodeBackupEnv } from './environment';

const opened: KodebokDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function open(name = freshName()): Promise<KodebokDb> {
  const db = createDatabase(name);
  await db.open();
  opened.push(db);
  return db;
}

/** A filled project written to a backup file's text, as File > Back up now would. */
async function backupFile(db: KodebokDb, projectId: string): Promise<string> {
  const { pieces } = await encodeBackup(await backupProject(db, projectId), nodeBackupEnv);
  return fileText(pieces);
}

async function decoded(text: string): Promise<DecodedBackup> {
  const result = await decodeBackup(text, nodeBackupEnv);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.backup;
}

async function restore(db: KodebokDb, text: string, name?: string) {
  return applyRestorePlan(db, planRestore(await decoded(text), newId, nowIso(), { name }));
}

async function rowsOf(db: KodebokDb, projectId: string) {
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of projectTables) rows[table] = await db.table(table).where('projectId').equals(projectId).toArray();
  return rows;
}

describe('backup → restore', () => {
  it('restores a backup as a new project with the same sources, codings and memo, under fresh ids', async () => {
    const db = await open();
    const original = await createProject(db, { name: 'Grensearbeid 2026' });
    await fillProject(db, original.id, 'g');
    const text = await backupFile(db, original.id);

    const restored = await restore(db, text, 'Grensearbeid 2026 (gjenopprettet)');
    expect(restored.id).not.toBe(original.id);
    expect(restored).toMatchObject({
      name: 'Grensearbeid 2026 (gjenopprettet)',
      createdAt: original.createdAt,
      deletedAt: null,
    });

    const [before, after] = [await rowsOf(db, original.id), await rowsOf(db, restored.id)];
    for (const table of projectTables) expect(after[table], table).toHaveLength(before[table]!.length);
    // Same content, new ids, and every reference follows its row.
    const source = after.sources![0]!;
    expect(source.id).not.toBe('g-src');
    expect(after.sourceTexts![0]).toMatchObject({ sourceId: source.id, text: before.sourceTexts![0]!.text });
    const coding = after.codings![0]!;
    const child = after.codes!.find((c) => c.name === 'Tydelig')!;
    const parent = after.codes!.find((c) => c.name === 'Grensearbeid')!;
    expect(child.parentId).toBe(parent.id);
    expect(coding).toMatchObject({
      sourceId: source.id,
      codeId: child.id,
      start: 68,
      end: 93,
      coderId: after.coders![0]!.id,
    });
    expect(after.memos![0]).toMatchObject({
      targetKind: 'coding',
      targetId: coding.id,
      plainText: 'Eksplisitt henvisning.',
    });
    expect(source.attributes).toEqual({ [after.attributes![0]!.id as string]: 'Gruppe A' });
    // The original is untouched.
    expect(await rowsOf(db, original.id)).toEqual(before);
  });

  it('restores the STC and thematic work with fresh ids, every reference still pointing at its row', async () => {
    const db = await open();
    const original = await createProject(db, { name: 'Analyse' });
    await fillProject(db, original.id, 'a');
    const before = await rowsOf(db, original.id);
    const restored = await restore(db, await backupFile(db, original.id));
    const after = await rowsOf(db, restored.id);
    const one = (table: string) => {
      expect(after[table], table).toHaveLength(before[table]!.length);
      return after[table]![0]!;
    };
    const byName = (table: string, name: string) => after[table]!.find((r) => r.name === name)!;
    const [source, coding, coder] = [one('sources'), one('codings'), one('coders')];
    const code = byName('codes', 'Tydelig');

    expect(one('analysisSteps')).toMatchObject({ id: `step:${restored.id}:stc:1`, state: 'done' });
    expect(one('readMarks')).toMatchObject({ id: `read:${String(source.id)}`, sourceId: source.id, authorId: coder.id });
    const theme = one('preliminaryThemes');
    expect(theme.id).not.toBe('a-pt');
    const unit = one('meaningUnits');
    expect(unit).toMatchObject({ sourceId: source.id, codingId: coding.id, start: 68, end: 93, authorId: coder.id });
    const group = one('codeGroups');
    expect(group).toMatchObject({ themeIds: [theme.id] });
    const subgroup = one('subgroups');
    expect(subgroup).toMatchObject({ codeGroupId: group.id, plainText: 'Jeg fikk beskjed om å ringe.' });
    expect(one('placements')).toMatchObject({ meaningUnitId: unit.id, codeGroupId: group.id, subgroupId: subgroup.id });
    expect(one('goldenQuotes')).toMatchObject({ subgroupId: subgroup.id, meaningUnitId: unit.id, sourceId: source.id, start: 68, end: 93 });
    expect(one('analyticTexts')).toMatchObject({ codeGroupId: group.id, heading: 'Henvisning som svar', recontextualised: [source.id] });

    const main = byName('themes', 'Grenser');
    const sub = byName('themes', 'Henvisning');
    expect(main.parentId).toBeNull();
    expect(sub).toMatchObject({ parentId: main.id, x: 40, y: 30 });
    expect(one('themeCodes')).toMatchObject({ themeId: sub.id, codeId: code.id });
    expect(one('themeLinks')).toMatchObject({ fromId: main.id, toId: sub.id, label: 'rommer' });
    expect(one('themeQuotes')).toMatchObject({ themeId: sub.id, codingId: coding.id, sourceId: source.id, start: 68, end: 93 });
    // A saved search's filters follow the code and attribute to their new ids.
    const attribute = one('attributes');
    expect(one('savedSearches')).toMatchObject({
      name: 'Henvisninger',
      query: 'ringe NAV*',
      authorId: coder.id,
      filters: { roles: ['caseworker'], attributes: { [String(attribute.id)]: ['Gruppe A'] }, code: { codeId: code.id, where: 'inside' } },
    });

    // No row of the restore shares an id with the original.
    const ids = (rows: Record<string, Record<string, unknown>[]>) => new Set(Object.values(rows).flatMap((list) => list.map((r) => r.id)));
    const originalIds = ids(before);
    expect([...ids(after)].filter((id) => id !== undefined && originalIds.has(id))).toEqual([]);
  });

  it('restoring the same backup twice gives two independent projects that share no row', async () => {
    const db = await open();
    const original = await createProject(db, { name: 'Tolk' });
    await fillProject(db, original.id);
    const text = await backupFile(db, original.id);
    const first = await restore(db, text);
    const second = await restore(db, text);
    const idsOf = async (projectId: string) =>
      Object.values(await rowsOf(db, projectId)).flatMap((rows) => rows.map((r) => String(r.id ?? r.sourceId)));
    const [a, b] = [new Set(await idsOf(first.id)), await idsOf(second.id)];
    expect(b.length).toBeGreaterThan(5);
    expect(b.filter((id) => a.has(id))).toEqual([]);
    expect(await db.projects.count()).toBe(3);
  });

  it('writes nothing when the restore fails part-way', async () => {
    const db = await open();
    const original = await createProject(db, { name: 'Halvveis' });
    await fillProject(db, original.id);
    const plan = planRestore(await decoded(await backupFile(db, original.id)), newId, nowIso());
    // A memo row that collides with a stored one fails the last bulkAdd of the transaction.
    const existing = (await db.memos.toArray())[0]!;
    plan.tables.memos.push({ ...existing });
    const counts = async () => Promise.all(['projects', ...projectTables].map((t) => db.table(t).count()));
    const before = await counts();
    await expect(applyRestorePlan(db, plan)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('summarises what the backup holds before anything is written', async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Oversikt' });
    await fillProject(db, project.id);
    const backup = await decoded(await backupFile(db, project.id));
    expect(summariseBackup(backup)).toMatchObject({
      projectName: 'Oversikt',
      createdAt: project.createdAt,
      schemaVersion: latestSchemaVersion,
      checksum: 'verified',
      counts: { sources: 1, codes: 2, codings: 1, memos: 1 },
      warnings: [],
    });
    expect(Date.parse(summariseBackup(backup).exportedAt)).not.toBeNaN();
  });
});

describe('a backup that cannot be trusted is refused and nothing is written', () => {
  async function withBackup(): Promise<{ db: KodebokDb; text: string }> {
    const db = await open();
    const project = await createProject(db, { name: 'Avvist' });
    await fillProject(db, project.id);
    return { db, text: await backupFile(db, project.id) };
  }

  it.each([
    ['cut off half-way', (text: string) => text.slice(0, Math.floor(text.length / 2)), { code: 'incomplete' }],
    ['cut off one byte short', (text: string) => text.slice(0, -1), { code: 'incomplete' }],
    [
      'changed after it was made',
      (text: string) => text.replace('Du må ringe', 'Du kan ringe'),
      { code: 'checksum-mismatch' },
    ],
    [
      'from a newer Kodebok',
      (text: string) => text.replace(/"schemaVersion":\d+/, `"schemaVersion":${latestSchemaVersion + 1}`),
      { code: 'newer-version', version: latestSchemaVersion + 1, known: latestSchemaVersion },
    ],
    ['not JSON at all', () => 'Bruker: Hei!', { code: 'not-json' }],
    [
      'another Kodebok file',
      () => JSON.stringify({ format: 'kodebok-codebook', version: 1 }),
      { code: 'not-a-backup' },
    ],
  ])('%s', async (_name, spoil, problem) => {
    const { db, text } = await withBackup();
    const before = await db.projects.count();
    expect(await decodeBackup(spoil(text), nodeBackupEnv)).toEqual({ ok: false, problem });
    expect(await db.projects.count()).toBe(before);
  });

  it('says where a backup without checksum is damaged', async () => {
    const { text } = await withBackup();
    const json = JSON.parse(text) as ProjectBackup;
    delete json.tablesSha256;
    (json.tables.codings[0] as { start: unknown }).start = -3;
    expect(await decodeBackup(JSON.stringify(json), nodeBackupEnv)).toEqual({
      ok: false,
      problem: { code: 'damaged', where: 'tables.codings[0].start' },
    });
  });

  it('accepts an older backup without a checksum, reformatted by another tool', async () => {
    const { db, text } = await withBackup();
    const json = JSON.parse(text) as ProjectBackup;
    delete json.tablesSha256;
    const backup = await decoded(JSON.stringify(json, null, 2));
    expect(backup.checksum).toBe('absent');
    const restored = await applyRestorePlan(db, planRestore(backup, newId, nowIso()));
    expect(await db.codings.where('projectId').equals(restored.id).count()).toBe(1);
  });
});

describe('codings that point at nothing', () => {
  it('are left out of the restore and reported with their count, codes without parent move to the top', async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Skadet' });
    await fillProject(db, project.id);
    const json = JSON.parse(await backupFile(db, project.id)) as ProjectBackup;
    delete json.tablesSha256;
    const coding = json.tables.codings[0]!;
    json.tables.codings.push(
      { ...coding, id: 'k-uten-kode', codeId: 'finnes-ikke' },
      { ...coding, id: 'k-uten-kilde', sourceId: 'borte' },
    );
    json.tables.codes.push({ ...json.tables.codes[0]!, id: 'foreldreløs', parentId: 'borte', name: 'Foreldreløs' });
    const backup = await decoded(JSON.stringify(json));
    const warnings = [
      { code: 'coding-missing-code', count: 1 },
      { code: 'coding-missing-source', count: 1 },
      { code: 'code-missing-parent', count: 1 },
    ];
    expect(summariseBackup(backup).warnings).toEqual(warnings);
    const plan = planRestore(backup, newId, nowIso());
    expect(plan.warnings).toEqual(warnings);
    const restored = await applyRestorePlan(db, plan);
    expect(await db.codings.where('projectId').equals(restored.id).count()).toBe(1);
    const orphan = (await db.codes.where('projectId').equals(restored.id).toArray()).find(
      (c) => c.name === 'Foreldreløs',
    );
    expect(orphan?.parentId).toBeNull();
  });
});

describe('analysis rows that point at nothing', () => {
  it('are left out and counted; a meaning unit whose coding is missing stays, naming no coding', async () => {
    const db = await open();
    const project = await createProject(db, { name: 'Skadet analyse' });
    await fillProject(db, project.id);
    const json = JSON.parse(await backupFile(db, project.id)) as ProjectBackup;
    delete json.tablesSha256;
    const t = json.tables;
    t.meaningUnits[0]!.codingId = 'borte';
    t.meaningUnits.push({ ...t.meaningUnits[0]!, id: 'enhet-uten-kilde', sourceId: 'borte' });
    t.placements.push({ ...t.placements[0]!, id: 'plassering-uten-enhet', meaningUnitId: 'enhet-uten-kilde' });
    t.themeLinks.push({ ...t.themeLinks[0]!, id: 'lenke-til-intet', toId: 'borte' });
    const warnings = [{ code: 'analysis-missing-row', count: 3 }];
    const backup = await decoded(JSON.stringify(json));
    expect(summariseBackup(backup).warnings).toEqual(warnings);
    const plan = planRestore(backup, newId, nowIso());
    expect(plan.warnings).toEqual(warnings);
    const restored = await applyRestorePlan(db, plan);
    const units = await db.meaningUnits.where('projectId').equals(restored.id).toArray();
    expect(units).toEqual([expect.objectContaining({ codingId: null, start: 68, end: 93 })]);
    expect(await db.placements.where('projectId').equals(restored.id).count()).toBe(1);
    expect(await db.themeLinks.where('projectId').equals(restored.id).count()).toBe(1);
  });
});

describe('a backup from an older schema version', () => {
  it('is upgraded by the same row-level step as the Dexie upgrade: version 1 gets the same coders', async () => {
    // A version-1 database with codings by a coder nobody stored, the way v1 left them.
    const name = freshName();
    const v1 = createDatabase(name, schemaVersions.slice(0, 1));
    await v1.open();
    const project = await createProject(v1, { name: 'Fra versjon 1' });
    await fillProject(v1, project.id);
    await v1.coders.clear();
    const tables: Record<string, unknown[]> = {};
    for (const table of v1.tables.map((t) => t.name).filter((t) => (projectTables as readonly string[]).includes(t)))
      tables[table] = await v1.table(table).where('projectId').equals(project.id).toArray();
    const backupV1 = {
      format: 'kodebok-project-backup',
      schemaVersion: 1,
      appVersion: '0.0.1',
      exportedAt: '2025-06-01T10:00:00.000Z',
      project: await v1.projects.get(project.id),
      tables,
    };
    v1.close();

    // The Dexie path: open the same database at the current version.
    const upgradedDb = createDatabase(name);
    await upgradedDb.open();
    opened.push(upgradedDb);
    const dexieCoders = await upgradedDb.coders.where('projectId').equals(project.id).toArray();

    // The restore path: the v1 backup into a fresh current database.
    const db = await open();
    const backup = await decoded(JSON.stringify(backupV1));
    expect(backup.schemaVersion).toBe(1);
    const restored = await applyRestorePlan(db, planRestore(backup, newId, nowIso()));
    const restoredCoders = await db.coders.where('projectId').equals(restored.id).toArray();

    const shape = (c: { name: string; color: string }) => ({ name: c.name, color: c.color });
    expect(restoredCoders.map(shape)).toEqual(dexieCoders.map(shape));
    expect(restoredCoders).toHaveLength(1);
    // The coding now names the restored coder, under its new id.
    expect(await db.codings.where('projectId').equals(restored.id).first()).toMatchObject({
      coderId: restoredCoders[0]!.id,
    });
    expect(await db.sourceEdits.where('projectId').equals(restored.id).count()).toBe(0);
    await Dexie.delete(name);
  });
});
