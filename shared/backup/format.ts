import { projectTableNames } from '../model';

/**
 * The project backup format: one JSON document holding a whole project (ARCHITECTURE.md: "a JSON
 * dump with a schema version"). Written by File > Back up now, the automatic backups and Export;
 * read back by File > Restore from backup… and by `cli stats`.
 *
 * {"format":"kodebok-project-backup","schemaVersion":2,"appVersion":"0.1.0","exportedAt":"…",
 *  "project":{…},"tablesSha256":"<hex>","tables":{"sources":[…],…}}
 *
 * `schemaVersion` is the Dexie schema version the rows were read at; restore upgrades older rows
 * through shared/migrations. `tablesSha256` is the SHA-256 of the canonical JSON of `tables`
 * (canonical-json.ts); backups made before it existed have none and are still accepted.
 */
export const backupFormat = 'kodebok-project-backup';

/** The tables that belong to a project, in the order a restore writes them (shared/model/write.ts). */
export const backupTables = projectTableNames;
export type BackupTable = (typeof backupTables)[number];

/** Tables added after schema version 1, by the version that added them: older backups lack them. */
export const tableSince: Partial<Record<BackupTable, number>> = {
  sourceEdits: 2,
  analysisSteps: 4,
  readMarks: 4,
  preliminaryThemes: 4,
  meaningUnits: 4,
  codeGroups: 4,
  subgroups: 4,
  placements: 4,
  goldenQuotes: 4,
  analyticTexts: 4,
  themes: 4,
  themeCodes: 4,
  themeLinks: 4,
  themeQuotes: 4,
  savedSearches: 5,
  attachments: 6,
  codebookVersions: 7,
  reviewComments: 7,
  proposals: 7,
};

/** A stored row as a backup carries it: plain JSON, fields by name. */
export type BackupRow = Record<string, unknown>;

export type BackupTables = Record<BackupTable, BackupRow[]>;

export interface ProjectBackup {
  format: typeof backupFormat;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  project: BackupRow;
  /** Hex SHA-256 of `canonicalJson(tables)`; absent in backups made before checksums. */
  tablesSha256?: string;
  tables: BackupTables;
}
