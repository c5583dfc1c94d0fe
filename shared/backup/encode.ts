import { checksumTables } from './checksum';
import type { BackupEnvironment } from './environment';
import { backupFormat, type ProjectBackup } from './format';

/**
 * The backup file as UTF-8 pieces: the head (format, versions, project, checksum), the tables,
 * and the closing brace. The tables are the very bytes the checksum was computed over, so a large
 * project is encoded once, and the pieces can be written one after another without joining them
 * into one (possibly several hundred MB) buffer.
 */
export async function encodeBackup(
  backup: Omit<ProjectBackup, 'format' | 'tablesSha256'>,
  env: BackupEnvironment,
): Promise<{ pieces: Uint8Array[]; sizeBytes: number; sha256: string }> {
  const { bytes, sha256 } = await checksumTables(backup.tables, env);
  const head = {
    format: backupFormat,
    schemaVersion: backup.schemaVersion,
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
    project: backup.project,
    tablesSha256: sha256,
  };
  // "tables" goes last so the head can be written before it; JSON object order is free.
  const opening = JSON.stringify(head).replace(/}$/, ',"tables":');
  const pieces = [env.utf8(opening), bytes, env.utf8('}')];
  return { pieces, sizeBytes: pieces.reduce((n, p) => n + p.byteLength, 0), sha256 };
}
