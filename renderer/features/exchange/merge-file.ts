import { decodeBackup, type BackupProblem, type BackupWarning } from '../../../shared/backup';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { exchangeFromBackup } from '../../../shared/exchange/merge';
import { readRefi, type RefiError, type RefiWarning } from '../../../shared/exchange/refi/read';
import { newId, nowIso } from '../../store/ids';
import { webBackupEnvironment } from '../backup/web-backup-environment';
import { refiReadEnvironment } from './import-refi-environment';

/** Why a file cannot be merged: a backup's problem, a REFI reader's error, or a codebook (no codings to merge). */
export type MergeFileProblem = BackupProblem | { code: 'unreadable' } | { code: 'refi'; error: RefiError } | { code: 'qdc' };

/**
 * `warnings`: what had to be left out of their file when it was read — a backup's repairs
 * (dangling codings and the like) or the REFI reader's warnings (missing source files,
 * selections that could not be placed…), translated by the preview.
 */
export type MergeFileResult =
  | { ok: true; theirs: ExchangeProject; warnings: BackupWarning[]; refiWarnings: RefiWarning[] }
  | { ok: false; problem: MergeFileProblem };

/** The file types a merge reads: a Kodebok project backup or a REFI-QDA project. */
export const mergeFileExtensions = ['json', 'qdpx'];

/** A zip (a .qdpx) starts with "PK"; a backup is JSON text. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Another coder's project file as rows to merge. A backup is checked the way a restore checks it
 * (JSON, format, version, checksum, every row), upgraded and repaired; a .qdpx goes through the
 * REFI-QDA reader (zip guard, no DTDs, positions placed or listed), keeping every GUID so codes
 * and coders match by them. Nothing is written.
 */
export async function readMergeFile(fileName: string, bytes: Uint8Array): Promise<MergeFileResult> {
  if (isZip(bytes) || /\.(qdpx|qde|qdc)$/i.test(fileName)) {
    const read = await readRefi({ fileName, bytes }, refiReadEnvironment());
    if (!read.ok) return { ok: false, problem: { code: 'refi', error: read.error } };
    if (read.report.format === 'qdc') return { ok: false, problem: { code: 'qdc' } };
    return { ok: true, theirs: read.project, warnings: [], refiWarnings: read.report.warnings };
  }
  // Not fatal: invalid UTF-8 becomes U+FFFD, which the checksum or the JSON parser then refuses.
  const text = new TextDecoder('utf-8').decode(bytes);
  const decoded = await decodeBackup(text, webBackupEnvironment);
  if (!decoded.ok) return decoded;
  const { exchange, warnings } = exchangeFromBackup(decoded.backup, { now: nowIso(), newId });
  return { ok: true, theirs: exchange, warnings, refiWarnings: [] };
}
