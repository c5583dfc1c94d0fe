import { readFile } from 'node:fs/promises';
import { decodeBackup, type BackupProblem } from '../shared/backup/decode';
import { repairRows } from '../shared/backup/repair';
import { upgradeRows } from '../shared/migrations';
import { publishedTableOf, reportRowsFromTables, type ReportRows, type ReportTables } from '../shared/reports';
import { fileErrorReason } from './file-error-reason';
import type { CliIo } from './io';
import { nodeBackupEnvironment } from './node-backup-environment';

/** What is wrong with a backup, in one line that says what to do (English, like the rest of the CLI). */
export function backupProblemReason(problem: BackupProblem): string {
  switch (problem.code) {
    case 'not-json':
      return 'not valid JSON. Give a project backup made with File > Back up now.';
    case 'incomplete':
      return 'the backup is cut off (not complete JSON): the copy was interrupted or the disk was full. Use another backup.';
    case 'not-a-backup':
      return 'not a Kodebok project backup (format "kodebok-project-backup" expected).';
    case 'newer-version':
      return `made by a newer version of Kodebok (schema version ${problem.version}; this build reads up to ${problem.known}). Update Kodebok to read it.`;
    case 'checksum-mismatch':
      return "the backup's checksum does not match its contents: the file was changed or damaged after it was made. Use another backup.";
    case 'damaged':
      return `the backup is damaged at ${problem.where}. Use another backup.`;
  }
}

/** A backup's project row and its tables, after the upgrade and repair a restore applies. */
export interface ReadBackup {
  project: Record<string, unknown>;
  tables: ReportTables;
}

/**
 * Reads a whole project backup: checked as a restore checks it (decodeBackup), rows from an older
 * schema upgraded and damaged references repaired the same way, nothing written. Null after one
 * line on stderr when the file cannot be used.
 */
export async function readProjectBackup(path: string, io: CliIo): Promise<ReadBackup | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  const decoded = await decodeBackup(text, nodeBackupEnvironment);
  if (!decoded.ok) {
    io.stderr(`${path}: ${backupProblemReason(decoded.problem)}\n`);
    return null;
  }
  const { backup } = decoded;
  let n = 0;
  const upgraded = upgradeRows({ project: backup.project, tables: backup.tables }, backup.schemaVersion, {
    newId: () => `upgrade:${++n}`,
    now: backup.exportedAt || new Date(0).toISOString(),
  });
  return { project: upgraded.project as Record<string, unknown>, tables: repairRows(upgraded.tables).tables };
}

/** Reads a whole project backup for a report (readProjectBackup); null after one line on stderr. */
export async function readReportBackup(path: string, io: CliIo): Promise<BackupRows | null> {
  const read = await readProjectBackup(path, io);
  if (!read) return null;
  const rows = reportRowsFromTables(String(read.project.name ?? ''), read.tables, publishedTableOf(read.project));
  const deadlineHours = deadlineOf(read.project.settings);
  return deadlineHours === undefined ? rows : { ...rows, deadlineHours };
}

/** A backup's rows and, when its settings hold a usable one, the project's answer deadline (ProjectSettings). */
export type BackupRows = ReportRows & { deadlineHours?: number };

/** The answer deadline in a backup's loose settings: a positive number of hours, or absent (the charts then use 48). */
export function deadlineOf(settings: unknown): number | undefined {
  const hours = typeof settings === 'object' && settings !== null ? (settings as { answerDeadlineHours?: unknown }).answerDeadlineHours : undefined;
  return typeof hours === 'number' && Number.isFinite(hours) && hours > 0 ? hours : undefined;
}
