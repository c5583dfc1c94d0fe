import { danglingCodings } from './dangling';
import type { BackupRow, BackupTables } from './format';

/** Something restore had to leave out or fix, with how often; translated as backup.warning.* */
export interface BackupWarning {
  code: 'coding-missing-code' | 'coding-missing-source' | 'code-missing-parent' | 'row-missing-source' | 'analysis-missing-row';
  count: number;
}

/**
 * Makes a backup's rows safe to store: codings whose code or source is missing are left out,
 * codes whose parent is missing move to the top level, and texts, turns and typo fixes of a
 * missing source are left out. STC and thematic rows that point at a missing row are left out
 * too (repairAnalysis). Each kind of repair is reported with its count.
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
  const analysis = repairAnalysis(repaired);
  const warnings: BackupWarning[] = [
    { code: 'coding-missing-code' as const, count: dangling.filter((d) => d.missingCode !== undefined).length },
    { code: 'coding-missing-source' as const, count: dangling.filter((d) => d.missingSource !== undefined).length },
    { code: 'code-missing-parent' as const, count: reparented },
    { code: 'row-missing-source' as const, count: orphaned },
    { code: 'analysis-missing-row' as const, count: analysis.dropped },
  ].filter((w) => w.count > 0);
  return { tables: analysis.tables, warnings };
}

/**
 * The analysis trail must not dangle: a meaning unit, quote or read mark of a missing source, a
 * placement or golden quote of a missing unit, subgroup or group, a theme code or link to a
 * missing theme or code is left out (and counted). Where a missing row is only a loose tie the
 * row stays without it: a unit or theme quote whose coding is gone, a placement whose subgroup is
 * gone, a subtheme whose main theme is gone (it becomes a main theme).
 */
function repairAnalysis(tables: BackupTables): { tables: BackupTables; dropped: number } {
  const ids = (rows: { id?: unknown }[]) => new Set(rows.map((r) => r.id));
  const sources = ids(tables.sources);
  const codes = ids(tables.codes);
  const codings = ids(tables.codings);
  let dropped = 0;
  const keep = <T>(rows: T[], ok: (row: T) => boolean) => rows.filter((row) => ok(row) || (dropped++, false));
  const orNull = (known: Set<unknown>, id: unknown) => (id === null || id === undefined || known.has(id) ? id ?? null : null);

  const codeGroups = ids(tables.codeGroups);
  const subgroupRows = keep(tables.subgroups, (r) => codeGroups.has(r.codeGroupId));
  const subgroups = ids(subgroupRows);
  const unitRows = keep(tables.meaningUnits, (r) => sources.has(r.sourceId)).map((r): BackupRow => ({ ...r, codingId: orNull(codings, r.codingId) }));
  const units = ids(unitRows);
  const themes = ids(tables.themes);
  return {
    tables: {
      ...tables,
      readMarks: keep(tables.readMarks, (r) => sources.has(r.sourceId)),
      meaningUnits: unitRows,
      subgroups: subgroupRows,
      placements: keep(tables.placements, (r) => units.has(r.meaningUnitId) && codeGroups.has(r.codeGroupId)).map((r): BackupRow => ({
        ...r,
        subgroupId: orNull(subgroups, r.subgroupId),
      })),
      goldenQuotes: keep(tables.goldenQuotes, (r) => sources.has(r.sourceId) && units.has(r.meaningUnitId) && subgroups.has(r.subgroupId)),
      analyticTexts: keep(tables.analyticTexts, (r) => codeGroups.has(r.codeGroupId)),
      themes: tables.themes.map((r): BackupRow => ({ ...r, parentId: orNull(themes, r.parentId) })),
      themeCodes: keep(tables.themeCodes, (r) => themes.has(r.themeId) && codes.has(r.codeId)),
      themeLinks: keep(tables.themeLinks, (r) => themes.has(r.fromId) && themes.has(r.toId)),
      themeQuotes: keep(tables.themeQuotes, (r) => themes.has(r.themeId) && sources.has(r.sourceId)).map((r): BackupRow => ({
        ...r,
        codingId: orNull(codings, r.codingId),
      })),
      // A saved search whose code filter names a missing code keeps its query, without that filter.
      savedSearches: tables.savedSearches.map((r): BackupRow => {
        const filters = r.filters as { code?: { codeId?: unknown } | null } | undefined;
        return filters?.code && !codes.has(filters.code.codeId) ? { ...r, filters: { ...filters, code: null } } : r;
      }),
    },
    dropped,
  };
}
