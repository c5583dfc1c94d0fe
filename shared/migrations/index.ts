import type { BackupRow, BackupTables } from '../backup/format';
import type { Coder, Coding, SourceEdit, SourceText } from '../model';
import type { UpgradeContext } from './context';
import { missingCoders } from './v2-coders';
import { originalTexts } from './v3-original-texts';

export type { UpgradeContext } from './context';

/** One project's rows at some schema version, as a backup holds them. */
export interface ProjectRows {
  project: BackupRow;
  tables: BackupTables;
}

/**
 * One schema step for a project's rows: the row-level twin of a Dexie `db.version(n).upgrade`
 * (renderer/store/schema.ts). A restore of a backup made at version k runs every step after k.
 * A Dexie version that only adds an empty table still gets a step (the table starts empty), so
 * test/unit/store/migrations.test.ts can check every Dexie version has its twin here.
 */
export interface RowUpgrade {
  /** The version the rows have after this step. */
  version: number;
  upgrade(rows: ProjectRows, context: UpgradeContext): ProjectRows;
}

export const rowUpgrades: readonly RowUpgrade[] = [
  {
    version: 2,
    upgrade: ({ project, tables }, context) => {
      const added = missingCoders(
        {
          projects: [{ id: String(project.id) }],
          coders: tables.coders as unknown as Coder[],
          codings: tables.codings as unknown as Coding[],
        },
        context,
      );
      return {
        project,
        tables: { ...tables, coders: [...tables.coders, ...(added as unknown as BackupRow[])] },
      };
    },
  },
  {
    version: 3,
    upgrade: ({ project, tables }) => ({
      project,
      tables: {
        ...tables,
        sourceTexts: originalTexts(
          tables.sourceTexts as unknown as SourceText[],
          tables.sourceEdits as unknown as SourceEdit[],
        ) as unknown as BackupRow[],
      },
    }),
  },
  {
    // v4 only adds the STC and thematic tables: no row changes. A version-3 backup lacks them
    // (tableSince), so the reader hands them in empty and they stay empty.
    version: 4,
    upgrade: (rows) => rows,
  },
  {
    // v5 adds saved searches (empty in an older backup) and this machine's search index cache,
    // which backups never hold: no row changes.
    version: 5,
    upgrade: (rows) => rows,
  },
  {
    // v6 only adds attachments (empty in an older backup): no row changes.
    version: 6,
    upgrade: (rows) => rows,
  },
  {
    // v7 adds codebook review (versions, comments, proposals), empty in an older backup.
    version: 7,
    upgrade: (rows) => rows,
  },
];

/** The newest schema version this build can read and write. */
export const latestSchemaVersion = rowUpgrades.at(-1)?.version ?? 1;

/** Brings rows from `fromVersion` up to {@link latestSchemaVersion}, step by step. */
export function upgradeRows(rows: ProjectRows, fromVersion: number, context: UpgradeContext): ProjectRows {
  let current = rows;
  for (const step of rowUpgrades) if (step.version > fromVersion) current = step.upgrade(current, context);
  return current;
}
