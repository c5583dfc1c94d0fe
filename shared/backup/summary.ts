import type { DecodedBackup } from './decode';
import { repairRows, type BackupWarning } from './repair';

/** What the restore dialog shows before the user confirms. */
export interface BackupSummary {
  projectName: string;
  /** When the project was created (ISO), as the backup says. */
  createdAt: string;
  /** When the backup was made (ISO). */
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  checksum: DecodedBackup['checksum'];
  counts: { sources: number; codes: number; codings: number; memos: number };
  warnings: BackupWarning[];
}

export function summariseBackup(backup: DecodedBackup): BackupSummary {
  const { tables } = backup;
  return {
    projectName: String(backup.project.name),
    createdAt: String(backup.project.createdAt ?? ''),
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
    schemaVersion: backup.schemaVersion,
    checksum: backup.checksum,
    counts: {
      sources: tables.sources.length,
      codes: tables.codes.length,
      codings: tables.codings.length,
      memos: tables.memos.length,
    },
    warnings: repairRows(tables).warnings,
  };
}
