import type { BackupRow, BackupTables } from '../backup/format';

/**
 * A whole project as plain rows, the way the store keeps them (ULID ids, UTF-16 offsets into the
 * normalised source text): a project backup without its envelope. REFI-QDA import produces one;
 * REFI export, CSV/XLSX and merge consume one.
 */
export type ExchangeProject = { project: BackupRow; tables: BackupTables };
