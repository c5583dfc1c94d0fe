import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** Backups kept per project unless the renderer asks for another number (the user's setting). */
export const backupsToKeep = 20;

export function backupFolder(userData: string): string {
  return path.join(userData, 'backups');
}

/**
 * `<safe-project-name>-<yyyy-mm-dd-hhmmss>[-n].<projectId>.kodebok.json`. The name comes first so
 * the folder reads naturally; the project id decides which backups belong together, so two
 * projects with the same name, or a renamed project, never prune each other's backups.
 */
export function backupFileName(projectName: string, projectId: string, date: Date, n = 1): string {
  return `${safeProjectName(projectName)}-${backupTimestamp(date)}${n > 1 ? `-${n}` : ''}.${projectId}.kodebok.json`;
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

/** Any backup file this app wrote (either naming scheme), for reading one back. */
export function isBackupFileName(fileName: string): boolean {
  return /^[^./\\][^/\\]*\.kodebok\.json$/u.test(fileName);
}

/** This project's backups in the folder, oldest first (by the time in the name, then the same-second counter). */
export function projectBackups(fileNames: readonly string[], projectId: string): string[] {
  const pattern = new RegExp(
    `^.+-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?\\.${escapeRegExp(projectId)}\\.kodebok\\.json$`,
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

/** Deletes all but the newest `keep` backups of one project; other files are left alone. */
export async function pruneBackups(
  fs: Pick<typeof fsPromises, 'readdir' | 'unlink'>,
  folder: string,
  projectId: string,
  keep: number,
): Promise<void> {
  const backups = projectBackups(await fs.readdir(folder), projectId);
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) {
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
