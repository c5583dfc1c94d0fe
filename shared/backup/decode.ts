import type { z } from 'zod';
import { latestSchemaVersion } from '../migrations';
import { verifyChecksum } from './checksum';
import type { BackupEnvironment } from './environment';
import { backupFormat, backupTables, tableSince, type BackupRow, type ProjectBackup } from './format';
import { projectRowSchema, tableRowSchemas } from './rows';

/** Why a file cannot be restored; the UI translates `code` (backup.problem.* in renderer/i18n). */
export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'incomplete' }
  | { code: 'not-a-backup' }
  | { code: 'newer-version'; version: number; known: number }
  | { code: 'checksum-mismatch' }
  | { code: 'damaged'; where: string };

export interface DecodedBackup extends ProjectBackup {
  /** 'verified' when the file carried a checksum and it matched; 'absent' for older backups. */
  checksum: 'verified' | 'absent';
}

export type DecodeResult = { ok: true; backup: DecodedBackup } | { ok: false; problem: BackupProblem };

/**
 * Reads a backup file's text and checks everything a restore relies on, in the order a user
 * would want to hear it: is it JSON at all (or cut off), is it a backup, can this build read its
 * version, does its checksum match, and does every row hold what restore needs. Nothing here
 * writes; a refused file changes nothing.
 */
export async function decodeBackup(text: string, env: BackupEnvironment): Promise<DecodeResult> {
  const fail = (problem: BackupProblem): DecodeResult => ({ ok: false, problem });
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // A file that starts like one of ours but is not whole JSON was almost always cut off
    // (an interrupted copy, a full disk, a sync tool that gave up).
    return fail({ code: looksLikeBackup(body) ? 'incomplete' : 'not-json' });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== backupFormat)
    return fail({ code: 'not-a-backup' });
  const raw = json as Record<string, unknown>;

  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ code: 'damaged', where: 'schemaVersion' });
  if (version > latestSchemaVersion) return fail({ code: 'newer-version', version, known: latestSchemaVersion });

  // Before the rows are looked at: a changed file is refused as changed, not as oddly damaged.
  const checksum = await verifyChecksum(raw, env);
  if (checksum === 'mismatch') return fail({ code: 'checksum-mismatch' });

  const project = projectRowSchema.safeParse(raw.project);
  if (!project.success) return fail({ code: 'damaged', where: issuePath('project', project.error) });
  if (typeof raw.tables !== 'object' || raw.tables === null || Array.isArray(raw.tables))
    return fail({ code: 'damaged', where: 'tables' });
  const tablesIn = raw.tables as Record<string, unknown>;
  const tables = {} as ProjectBackup['tables'];
  for (const table of backupTables) {
    const rows = tablesIn[table];
    if (rows === undefined && version < (tableSince[table] ?? 1)) {
      tables[table] = [];
      continue;
    }
    if (!Array.isArray(rows)) return fail({ code: 'damaged', where: `tables.${table}` });
    const schema = tableRowSchemas[table];
    const parsed: BackupRow[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = schema.safeParse(rows[i]);
      if (!row.success) return fail({ code: 'damaged', where: issuePath(`tables.${table}[${i}]`, row.error) });
      parsed.push(row.data);
    }
    tables[table] = parsed;
  }

  return {
    ok: true,
    backup: {
      format: backupFormat,
      schemaVersion: version,
      appVersion: typeof raw.appVersion === 'string' ? raw.appVersion : '',
      exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : '',
      project: project.data,
      ...(checksum === 'verified' ? { tablesSha256: String(raw.tablesSha256).toLowerCase() } : {}),
      tables,
      checksum,
    },
  };
}

function looksLikeBackup(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 400).includes(`"${backupFormat}"`);
}

/** `tables.codings[3].start`: where the first problem is, in the file's own terms. */
function issuePath(prefix: string, error: z.ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}
