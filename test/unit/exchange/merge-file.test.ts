import { describe, expect, it } from 'vitest';
import { readMergeFile } from '../../../renderer/features/exchange/merge-file';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import { coding, theirProject } from './merge-fixtures';

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
    const read = await readMergeFile(bytes(backupFile()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.theirs.tables.codings.map((c) => c.id)).toEqual(['k-c1', 'k-c2']);
    expect(read.warnings).toEqual([]);
  });

  it('leaves out a coding whose code is missing, and says so', async () => {
    const read = await readMergeFile(bytes(backupFile((t) => t.codings.push(coding('k-lost', 'p-theirs', 'k-s1', 'k-gone', 'k-kari', 0, 5)))));
    expect(read.ok && read.warnings).toEqual([{ code: 'coding-missing-code', count: 1 }]);
    expect(read.ok && read.theirs.tables.codings).toHaveLength(2);
  });

  it('refuses what is not a project backup, or was cut off', async () => {
    expect(await readMergeFile(bytes({ notat: 'ikke et prosjekt' }))).toEqual({ ok: false, problem: { code: 'not-a-backup' } });
    expect(await readMergeFile(bytes(JSON.stringify(backupFile()).slice(0, 200)))).toEqual({ ok: false, problem: { code: 'incomplete' } });
  });
});
