import type { BackupRow, BackupTables } from '../backup/format';

/**
 * A whole project as the exchange formats hand it over: a ProjectBackup without its envelope
 * (format, versions, checksum). Rows are as the store keeps them: ULID ids, UTF-16 offsets into
 * the normalised source text. REFI import produces one; REFI export, CSV/XLSX and merge consume one.
 */
export type ExchangeProject = { project: BackupRow; tables: BackupTables };
