import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { WriteBackupRequest, WriteBackupResult } from '../../shared/ipc/contract';
import { describeFsError } from './fs-errors';

/** Backups kept per project; older ones are deleted after each new one is written. */
export const backupsToKeep = 20;

export type BackupFileSystem = Pick<typeof fsPromises, 'mkdir' | 'readdir' | 'writeFile' | 'rename' | 'unlink'>;

export interface BackupDependencies {
  fs: BackupFileSystem;
  userData: string;
  now: () => Date;
}

export function backupFolder(userData: string): string {
  return path.join(userData, 'backups');
}

/**
 * Writes `<userData>/backups/<safe-project-name>-<yyyy-mm-dd-hhmmss>.kodebok.json` (via a temporary
 * file, so a crash never leaves half a backup under the real name), then prunes that project's
 * backups to the newest {@link backupsToKeep}.
 */
export async function writeBackup(request: WriteBackupRequest, deps: BackupDependencies): Promise<WriteBackupResult> {
  const folder = backupFolder(deps.userData);
  const project = safeProjectName(request.projectName);
  try {
    await deps.fs.mkdir(folder, { recursive: true });
    const existing = new Set(await deps.fs.readdir(folder));
    const base = `${project}-${backupTimestamp(deps.now())}`;
    let fileName = `${base}.kodebok.json`;
    for (let n = 2; existing.has(fileName); n++) fileName = `${base}-${n}.kodebok.json`;
    const target = path.join(folder, fileName);
    const temporary = path.join(folder, `.${fileName}.tmp`);
    await deps.fs.writeFile(temporary, request.data, { encoding: 'utf8', flag: 'w' });
    await deps.fs.rename(temporary, target);
    await pruneBackups(deps.fs, folder, project);
    return { fileName, folder };
  } catch (error) {
    throw new Error(`Could not write the backup to ${folder}: ${describeFsError(error)}.`, { cause: error });
  }
}

/** Letters (any script, so æøå stay), digits and single hyphens; never empty, never a path. */
export function safeProjectName(name: string): string {
  const safe = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return safe || 'prosjekt';
}

/** Local time, `yyyy-mm-dd-hhmmss`, so names sort in time order and read naturally. */
export function backupTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

/** This project's backups in the folder, oldest first. */
export function projectBackups(fileNames: readonly string[], project: string): string[] {
  const pattern = new RegExp(
    `^${escapeRegExp(project)}-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?\\.kodebok\\.json$`,
    'u',
  );
  return fileNames
    .flatMap((fileName) => {
      const match = pattern.exec(fileName);
      return match ? [{ fileName, stamp: match[1] ?? '', n: Number(match[2] ?? 1) }] : [];
    })
    .sort((a, b) => (a.stamp === b.stamp ? a.n - b.n : a.stamp < b.stamp ? -1 : 1))
    .map((entry) => entry.fileName);
}

async function pruneBackups(fs: BackupFileSystem, folder: string, project: string): Promise<void> {
  const backups = projectBackups(await fs.readdir(folder), project);
  for (const old of backups.slice(0, Math.max(0, backups.length - backupsToKeep))) {
    try {
      await fs.unlink(path.join(folder, old));
    } catch (error) {
      // The new backup is safe; an old one left behind is harmless and is retried next time.
      console.warn(`Could not delete old backup ${old}:`, error);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
