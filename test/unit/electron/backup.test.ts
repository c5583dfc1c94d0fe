import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupsToKeep,
  backupTimestamp,
  projectBackups,
  safeProjectName,
  writeBackup,
  type BackupFileSystem,
} from '../../../electron/ipc/backup';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'kodebok-backup-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);

describe('writeBackup', () => {
  it('writes <userData>/backups/<safe-name>-<yyyy-mm-dd-hhmmss>.kodebok.json', async () => {
    const data = JSON.stringify({ schemaVersion: 1, project: { name: 'Barnevern – intervjuer 2024' } });
    const result = await writeBackup(
      { projectName: 'Barnevern – intervjuer 2024', data },
      { fs, userData, now: at('2025-03-07T09:05:03') },
    );
    const folder = path.join(userData, 'backups');
    expect(result).toEqual({ fileName: 'barnevern-intervjuer-2024-2025-03-07-090503.kodebok.json', folder });
    expect(await readFile(path.join(folder, result.fileName), 'utf8')).toBe(data);
    // No temporary file is left behind.
    expect(await readdir(folder)).toEqual([result.fileName]);
  });

  it('never overwrites a backup taken in the same second', async () => {
    const deps = { fs, userData, now: at('2025-03-07T09:05:03') };
    const first = await writeBackup({ projectName: 'Tolk', data: '1' }, deps);
    const second = await writeBackup({ projectName: 'Tolk', data: '2' }, deps);
    expect(second.fileName).toBe('tolk-2025-03-07-090503-2.kodebok.json');
    expect(await readFile(path.join(second.folder, first.fileName), 'utf8')).toBe('1');
    expect(await readFile(path.join(second.folder, second.fileName), 'utf8')).toBe('2');
  });

  it(`keeps the newest ${backupsToKeep} of this project and leaves other files alone`, async () => {
    const folder = path.join(userData, 'backups');
    await mkdir(folder, { recursive: true });
    // 22 older backups of this project, two of another project whose name starts the same way, and a user file.
    const old = Array.from(
      { length: 22 },
      (_, i) => `nav-2024-01-${String(i + 1).padStart(2, '0')}-120000.kodebok.json`,
    );
    const others = [
      'nav-kontor-2024-01-01-120000.kodebok.json',
      'nav-kontor-2024-01-02-120000.kodebok.json',
      'notater.txt',
    ];
    for (const name of [...old, ...others]) await writeFile(path.join(folder, name), name);

    const result = await writeBackup(
      { projectName: 'NAV', data: 'new' },
      { fs, userData, now: at('2025-01-01T00:00:00') },
    );

    const left = await readdir(folder);
    const mine = projectBackups(left, 'nav');
    expect(mine).toHaveLength(backupsToKeep);
    expect(mine.at(-1)).toBe(result.fileName);
    // The three oldest went; the newest old ones stayed.
    expect(left).not.toContain(old[0]);
    expect(left).not.toContain(old[2]);
    expect(left).toContain(old[3]);
    for (const other of others) expect(left).toContain(other);
  });

  it('explains a failure in words the user can act on', async () => {
    const failing = {
      ...fs,
      writeFile: vi.fn(async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOSPC' }))),
    };
    await expect(
      writeBackup(
        { projectName: 'P', data: 'x' },
        { fs: failing as unknown as BackupFileSystem, userData, now: at('2025-01-01T00:00:00') },
      ),
    ).rejects.toThrow(`Could not write the backup to ${path.join(userData, 'backups')}: the disk is full.`);
  });

  it('still succeeds when an old backup cannot be deleted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const folder = path.join(userData, 'backups');
    await mkdir(folder, { recursive: true });
    for (let i = 0; i < backupsToKeep; i++)
      await writeFile(path.join(folder, `p-2024-01-01-1200${String(i).padStart(2, '0')}.kodebok.json`), '');
    const stuck = {
      ...fs,
      unlink: vi.fn(async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }))),
    };
    await expect(
      writeBackup(
        { projectName: 'p', data: 'x' },
        { fs: stuck as unknown as BackupFileSystem, userData, now: at('2025-01-01T00:00:00') },
      ),
    ).resolves.toMatchObject({ fileName: 'p-2025-01-01-000000.kodebok.json' });
    expect(stuck.unlink).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('backup names', () => {
  it.each([
    ['Barnevern – intervjuer 2024', 'barnevern-intervjuer-2024'],
    ['Ærlig talt: Østfold/Åsane', 'ærlig-talt-østfold-åsane'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\ola', 'c-users-ola'],
    ['   ', 'prosjekt'],
    ['***', 'prosjekt'],
    ['x'.repeat(300), 'x'.repeat(60)],
  ])('%j becomes %j', (name, safe) => {
    expect(safeProjectName(name)).toBe(safe);
  });

  it('stamps local time, zero-padded', () => {
    expect(backupTimestamp(new Date(2025, 0, 2, 3, 4, 5))).toBe('2025-01-02-030405');
  });

  it('orders backups by time, then by same-second counter', () => {
    expect(
      projectBackups(
        [
          'p-2025-01-02-000000.kodebok.json',
          'p-2025-01-01-000000-2.kodebok.json',
          'p-2025-01-01-000000.kodebok.json',
          'p-x-2025-01-01-000000.kodebok.json',
          'p-2025-01-01-000000.kodebok.json.tmp',
        ],
        'p',
      ),
    ).toEqual([
      'p-2025-01-01-000000.kodebok.json',
      'p-2025-01-01-000000-2.kodebok.json',
      'p-2025-01-02-000000.kodebok.json',
    ]);
  });
});
