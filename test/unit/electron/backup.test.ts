import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupsToKeep,
  backupTimestamp,
  projectBackups,
  safeProjectName,
} from '../../../electron/ipc/backup';
import { BackupReader } from '../../../electron/ipc/backup-reader';
import { BackupWriter, type BackupWriterDependencies, type StreamingFile } from '../../../electron/ipc/backup-writer';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'kodebok-backup-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);
const folder = () => path.join(userData, 'backups');
let ids = 0;
const newWriteId = () => `0000000${++ids}-aaaa-bbbb-cccc-dddddddddddd`.slice(-36);

function writer(overrides: Partial<BackupWriterDependencies> = {}) {
  return new BackupWriter({
    fs,
    openForWrite: (file) => fs.open(file, 'w'),
    userData,
    now: at('2025-03-07T09:05:03'),
    newWriteId,
    ...overrides,
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Writes one backup through begin/append/commit, the way the renderer sends it. */
async function writeBackup(
  w: BackupWriter,
  projectId: string,
  projectName: string,
  chunks: string[],
  keep = backupsToKeep,
) {
  const { writeId } = await w.begin({ projectId, projectName });
  for (const chunk of chunks) await w.append({ writeId, chunk: bytes(chunk) });
  return w.commit({ writeId, keep });
}

const P1 = '01HZY3J4K5M6N7P8Q9R0S1T2V3';
const P2 = '01HZY3J4K5M6N7P8Q9R0S1T2V4';

describe('BackupWriter: a backup in chunks', () => {
  it('writes <userData>/backups/<safe-name>-<yyyy-mm-dd-hhmmss>.<project id>.kodebok.json from its chunks', async () => {
    const result = await writeBackup(writer(), P1, 'Barnevern – intervjuer 2024', ['{"format":', '"kodebok-project-backup"}']);
    expect(result).toEqual({ fileName: `barnevern-intervjuer-2024-2025-03-07-090503.${P1}.kodebok.json`, folder: folder() });
    expect(await readFile(path.join(folder(), result.fileName), 'utf8')).toBe('{"format":"kodebok-project-backup"}');
    // No temporary file is left behind.
    expect(await readdir(folder())).toEqual([result.fileName]);
  });

  it('never overwrites a backup taken in the same second', async () => {
    const w = writer();
    const first = await writeBackup(w, P1, 'Tolk', ['1']);
    const second = await writeBackup(w, P1, 'Tolk', ['2']);
    expect(second.fileName).toBe(`tolk-2025-03-07-090503-2.${P1}.kodebok.json`);
    expect(await readFile(path.join(folder(), first.fileName), 'utf8')).toBe('1');
    expect(await readFile(path.join(folder(), second.fileName), 'utf8')).toBe('2');
  });

  it('keeps the newest N of this project, and two projects with the same name never delete each other’s backups', async () => {
    const w = writer();
    let clock = Date.parse('2025-01-01T00:00:00');
    const tick = writer({ now: () => new Date((clock += 1000)) });
    for (let i = 0; i < 5; i++) await writeBackup(tick, P1, 'Intervjustudie', [`p1-${i}`], 3);
    for (let i = 0; i < 4; i++) await writeBackup(tick, P2, 'Intervjustudie', [`p2-${i}`], 3);
    // A user's own file and a backup named the old way (by name only) are left alone.
    await writeFile(path.join(folder(), 'notater.txt'), 'x');
    await writeFile(path.join(folder(), 'intervjustudie-2024-01-01-120000.kodebok.json'), 'gammel');
    await writeBackup(w, P2, 'Intervjustudie', ['p2-siste'], 3);

    const left = await readdir(folder());
    const mine = projectBackups(left, P1);
    const theirs = projectBackups(left, P2);
    expect(mine).toHaveLength(3);
    expect(theirs).toHaveLength(3);
    expect(await Promise.all(mine.map((f) => readFile(path.join(folder(), f), 'utf8')))).toEqual(['p1-2', 'p1-3', 'p1-4']);
    expect(await readFile(path.join(folder(), theirs.at(-1)!), 'utf8')).toBe('p2-siste');
    expect(left).toContain('notater.txt');
    expect(left).toContain('intervjustudie-2024-01-01-120000.kodebok.json');
  });

  it('streams a backup far larger than one IPC message, chunk by chunk, into one file', async () => {
    // An injected streaming file counts what arrives: 27 chunks of 8 MiB (216 MiB) without
    // allocating more than one chunk, so no single message or buffer holds the whole backup.
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x61);
    const received: number[] = [];
    const file: StreamingFile = {
      write: vi.fn(async (c: Uint8Array) => received.push(c.byteLength)),
      close: vi.fn(async () => {}),
    };
    const renamed: string[] = [];
    const w = writer({
      openForWrite: async () => file,
      fs: { ...fs, rename: vi.fn(async (_from: string, to: string) => void renamed.push(path.basename(to))) } as unknown as BackupWriterDependencies['fs'],
    });
    const { writeId } = await w.begin({ projectId: P1, projectName: 'Stor studie' });
    for (let i = 0; i < 27; i++) await w.append({ writeId, chunk });
    const result = await w.commit({ writeId, keep: 20 });
    expect(received.reduce((a, b) => a + b, 0)).toBe(27 * 8 * 1024 * 1024);
    expect(received.reduce((a, b) => a + b, 0)).toBeGreaterThan(200 * 1024 * 1024);
    expect(file.close).toHaveBeenCalledTimes(1);
    expect(renamed).toEqual([result.fileName]);
  });

  it('abort throws the half-written file away; a write cut short by a crash is cleaned up next time', async () => {
    const w = writer();
    const { writeId } = await w.begin({ projectId: P1, projectName: 'Avbrutt' });
    await w.append({ writeId, chunk: bytes('{"halv') });
    expect((await readdir(folder())).filter((f) => f.endsWith('.part'))).toHaveLength(1);
    await w.abort({ writeId });
    expect(await readdir(folder())).toEqual([]);
    await expect(w.append({ writeId, chunk: bytes('x') })).rejects.toThrow(/no longer being written/);

    // A crash leaves a .part file; the next backup removes it and writes its own.
    await writeFile(path.join(folder(), '.backup-dead-beef.part'), '{"halv');
    const result = await writeBackup(writer(), P1, 'Avbrutt', ['{}']);
    expect(await readdir(folder())).toEqual([result.fileName]);
  });

  it('explains a failure in words the user can act on, and leaves nothing behind', async () => {
    const full = Object.assign(new Error('x'), { code: 'ENOSPC' });
    const w = writer({
      openForWrite: async (file) => {
        const handle = await fs.open(file, 'w');
        return { write: async () => Promise.reject(full), close: () => handle.close() };
      },
    });
    const { writeId } = await w.begin({ projectId: P1, projectName: 'P' });
    await expect(w.append({ writeId, chunk: bytes('x') })).rejects.toThrow(
      `Could not write the backup to ${folder()}: the disk is full.`,
    );
    expect(await readdir(folder())).toEqual([]);
    await expect(w.commit({ writeId, keep: 20 })).rejects.toThrow(/no longer being written/);
  });

  it('still succeeds when an old backup cannot be deleted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mkdir(folder(), { recursive: true });
    for (let i = 0; i < 3; i++) await writeFile(path.join(folder(), backupFileName('p', P1, new Date(2024, 0, 1, 12, 0, i))), '');
    const unlink = vi.fn(async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })));
    const w = writer({ fs: { ...fs, unlink } as unknown as BackupWriterDependencies['fs'], now: at('2025-01-01T00:00:00') });
    await expect(writeBackup(w, P1, 'p', ['x'], 3)).resolves.toMatchObject({ fileName: `p-2025-01-01-000000.${P1}.kodebok.json` });
    expect(unlink).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('BackupReader: listing and reading back in chunks', () => {
  const reader = (showOpenDialog = vi.fn()) =>
    new BackupReader({ fs, dialogs: { showOpenDialog }, userData, newHandle: newWriteId });

  it('lists only this project’s backups, newest first, and reads one back piece by piece', async () => {
    const w = writer({ now: at('2025-03-07T09:05:03') });
    const older = await writeBackup(w, P1, 'Tolk', ['{"a":1}']);
    const newer = await writeBackup(writer({ now: at('2025-03-08T10:00:00') }), P1, 'Tolk (nytt navn)', ['{"b":2}']);
    await writeBackup(w, P2, 'Tolk', ['{"c":3}']);
    const r = reader();
    const list = await r.list({ projectId: P1 });
    expect(list.folder).toBe(folder());
    expect(list.backups.map((b) => b.fileName)).toEqual([newer.fileName, older.fileName]);
    expect(list.backups[0]).toMatchObject({ id: newer.fileName, sizeBytes: 7 });

    const file = await r.open({ fileName: newer.fileName });
    expect(file).toMatchObject({ fileName: newer.fileName, sizeBytes: 7 });
    const first = await r.read({ handle: file.handle, offset: 0, length: 4 });
    const rest = await r.read({ handle: file.handle, offset: 4, length: 4 });
    expect(new TextDecoder().decode(first) + new TextDecoder().decode(rest)).toBe('{"b":2}');
  });

  it('lists nothing before the first backup, and refuses names that are not backups', async () => {
    const r = reader();
    expect(await r.list({ projectId: P1 })).toEqual({ folder: folder(), backups: [] });
    await expect(r.open({ fileName: 'notater.txt' })).rejects.toThrow(/is not a Kodebok backup/);
    await expect(r.read({ handle: 'ffffffff', offset: 0, length: 1 })).rejects.toThrow(/no longer open/);
  });

  it('picks a file in the backups folder with the open dialog', async () => {
    const saved = await writeBackup(writer(), P1, 'Tolk', ['{}']);
    const dialog = vi.fn(async () => ({ canceled: false, filePaths: [path.join(folder(), saved.fileName)] }));
    const r = reader(dialog);
    await expect(r.pick()).resolves.toMatchObject({ fileName: saved.fileName, sizeBytes: 2 });
    expect(dialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: folder(), properties: ['openFile'] }));
    dialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(r.pick()).resolves.toBeNull();
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

  it('orders a project’s backups by time, then by same-second counter, whatever the project was called', () => {
    expect(
      projectBackups(
        [
          `p-2025-01-02-000000.${P1}.kodebok.json`,
          `nytt-navn-2025-01-01-000000-2.${P1}.kodebok.json`,
          `p-2025-01-01-000000.${P1}.kodebok.json`,
          `p-2025-01-01-000000.${P2}.kodebok.json`,
          `p-2025-01-01-000000.${P1}.kodebok.json.tmp`,
          'p-2025-01-01-000000.kodebok.json',
        ],
        P1,
      ),
    ).toEqual([
      `p-2025-01-01-000000.${P1}.kodebok.json`,
      `nytt-navn-2025-01-01-000000-2.${P1}.kodebok.json`,
      `p-2025-01-02-000000.${P1}.kodebok.json`,
    ]);
  });
});
