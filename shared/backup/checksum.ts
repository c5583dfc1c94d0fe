import { canonicalJson } from './canonical-json';
import type { BackupEnvironment } from './environment';

/** The tables as the bytes their checksum covers, and that checksum. */
export async function checksumTables(
  tables: unknown,
  env: BackupEnvironment,
): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = env.utf8(canonicalJson(tables));
  return { bytes, sha256: await env.sha256(bytes) };
}

/**
 * Checks a parsed backup's `tablesSha256` against its tables: 'absent' for backups made before
 * checksums (accepted), 'mismatch' when the file was changed or damaged after it was written.
 */
export async function verifyChecksum(
  json: { tablesSha256?: unknown; tables?: unknown },
  env: BackupEnvironment,
): Promise<'verified' | 'absent' | 'mismatch'> {
  if (json.tablesSha256 === undefined) return 'absent';
  if (typeof json.tablesSha256 !== 'string') return 'mismatch';
  const { sha256 } = await checksumTables(json.tables, env);
  return sha256 === json.tablesSha256.toLowerCase() ? 'verified' : 'mismatch';
}
