import { danglingCodings } from './dangling';
import type { BackupTables } from './format';

/** Something restore had to leave out or fix, with how often; translated as backup.warning.* */
export interface BackupWarning {
  code: 'coding-missing-code' | 'coding-missing-source' | 'code-missing-parent' | 'row-missing-source';
  count: number;
}

/**
 * Makes a backup's rows safe to store: codings whose code or source is missing are left out,
 * codes whose parent is missing move to the top level, and texts, turns and typo fixes of a
 * missing source are left out. Each kind of repair is reported with its count.
 */
export function repairRows(tables: BackupTables): { tables: BackupTables; warnings: BackupWarning[] } {
  const dangling = danglingCodings(tables.sources, tables.codes, tables.codings);
  const left = new Set(dangling.map((d) => d.codingId));
  const sourceIds = new Set(tables.sources.map((s) => s.id));
  const codeIds = new Set(tables.codes.map((c) => c.id));
  const ofKnownSource = (row: { sourceId?: unknown }) => sourceIds.has(row.sourceId);
  let orphaned = 0;
  const keep = <T extends { sourceId?: unknown }>(rows: T[]) =>
    rows.filter((row) => ofKnownSource(row) || (orphaned++, false));
  let reparented = 0;

  const repaired: BackupTables = {
    ...tables,
    sourceTexts: keep(tables.sourceTexts),
    messages: keep(tables.messages),
    sourceEdits: keep(tables.sourceEdits),
    codes: tables.codes.map((c) => {
      if (c.parentId === null || c.parentId === undefined || codeIds.has(c.parentId)) return c;
      reparented++;
      return { ...c, parentId: null };
    }),
    codings: tables.codings.filter((c) => !left.has(String(c.id))),
  };
  const warnings: BackupWarning[] = [
    { code: 'coding-missing-code' as const, count: dangling.filter((d) => d.missingCode !== undefined).length },
    { code: 'coding-missing-source' as const, count: dangling.filter((d) => d.missingSource !== undefined).length },
    { code: 'code-missing-parent' as const, count: reparented },
    { code: 'row-missing-source' as const, count: orphaned },
  ].filter((w) => w.count > 0);
  return { tables: repaired, warnings };
}
