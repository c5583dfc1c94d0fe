import { decodeBackup, type BackupProblem, type BackupWarning } from '../../../shared/backup';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { exchangeFromBackup } from '../../../shared/exchange/merge';
import { newId, nowIso } from '../../store/ids';
import { webBackupEnvironment } from '../backup/web-backup-environment';

export type MergeFileProblem = BackupProblem | { code: 'unreadable' };

/** `warnings`: what had to be left out of their file before merging (dangling codings and the like). */
export type MergeFileResult = { ok: true; theirs: ExchangeProject; warnings: BackupWarning[] } | { ok: false; problem: MergeFileProblem };

/** The file types a merge reads: a Kodebok project backup (a .qdpx reader joins it with REFI import). */
export const mergeFileFilters = [{ name: 'Kodebok', extensions: ['json'] }];

/**
 * Another coder's project file as rows to merge: checked the way a restore checks it (JSON,
 * format, version, checksum, every row), upgraded and repaired. Nothing is written.
 */
export async function readMergeFile(bytes: Uint8Array): Promise<MergeFileResult> {
  // Not fatal: invalid UTF-8 becomes U+FFFD, which the checksum or the JSON parser then refuses.
  const text = new TextDecoder('utf-8').decode(bytes);
  const decoded = await decodeBackup(text, webBackupEnvironment);
  if (!decoded.ok) return decoded;
  const { exchange, warnings } = exchangeFromBackup(decoded.backup, { now: nowIso(), newId });
  return { ok: true, theirs: exchange, warnings };
}
