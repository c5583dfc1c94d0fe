import {
  decodeBackup,
  summariseBackup,
  type BackupProblem,
  type BackupSummary,
  type DecodedBackup,
} from '../../../shared/backup';
import { webBackupEnvironment } from './web-backup-environment';

export type ReadBackupResult =
  { ok: true; backup: DecodedBackup; summary: BackupSummary } | { ok: false; problem: BackupProblem };

/** A backup file's bytes, checked and summarised for the restore dialog; nothing is written. */
export async function readBackupFile(bytes: Uint8Array): Promise<ReadBackupResult> {
  // Not fatal: invalid UTF-8 becomes U+FFFD, which the checksum or JSON parser then refuses.
  const text = new TextDecoder('utf-8').decode(bytes);
  const result = await decodeBackup(text, webBackupEnvironment);
  return result.ok ? { ok: true, backup: result.backup, summary: summariseBackup(result.backup) } : result;
}
