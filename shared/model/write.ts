import type { Id, IsoDateTime } from './entity';

/**
 * The tables whose rows belong to one project (each row carries `projectId`), in the order a
 * restore writes them: parents before the rows that point at them. The store's Dexie tables of the
 * same names are checked against this list (renderer/store/db.ts), and so are backups.
 */
export const projectTableNames = [
  'sources',
  'sourceTexts',
  'messages',
  'codes',
  'codings',
  'memos',
  'coders',
  'attributes',
  'sourceEdits',
  // Systematic text condensation and thematic analysis (schema v4).
  'analysisSteps',
  'readMarks',
  'preliminaryThemes',
  'meaningUnits',
  'codeGroups',
  'subgroups',
  'placements',
  'goldenQuotes',
  'analyticTexts',
  'themes',
  'themeCodes',
  'themeLinks',
  'themeQuotes',
  // Saved searches (schema v5).
  'savedSearches',
  // PDFs, pictures and recordings that came with a REFI-QDA project (schema v6).
  'attachments',
  // Codebook review: versions, comments, proposals (schema v7).
  'codebookVersions',
  'reviewComments',
  'proposals',
] as const;
export type ProjectTableName = (typeof projectTableNames)[number];

/** Tables a write may touch: the project row itself and the rows inside the project. */
export type WriteTable = 'projects' | ProjectTableName;

/** A stored row as a write carries it: plain data keyed by `id` (`sourceId` in `sourceTexts`). */
export type WriteRow = object & ({ id: Id } | { sourceId: Id });

/**
 * One change to one stored row, as plain serialisable data: what a pure `plan…` function returns,
 * what the store applies in one transaction (History), and the unit a later sync layer replicates
 * (../shared/SYNC.md). Every write names its project, so it can be routed to that project's
 * database without reading the row; a write to the project row itself names the project's own id.
 */
export type Write =
  | { op: 'put'; table: WriteTable; projectId: Id; row: WriteRow }
  | { op: 'update'; table: WriteTable; projectId: Id; key: Id; patch: object }
  | { op: 'delete'; table: WriteTable; projectId: Id; key: Id };

/** The primary key of a row in its table (sourceTexts rows are keyed by their source). */
export function rowKey(table: WriteTable, row: WriteRow): Id {
  return table === 'sourceTexts' ? (row as { sourceId: Id }).sourceId : (row as { id: Id }).id;
}

/** The key a write changes, whatever its kind. */
export function writeKey(write: Write): Id {
  return write.op === 'put' ? rowKey(write.table, write.row) : write.key;
}

/**
 * What a plan may not decide for itself: the time and fresh ids. The app passes the clock and
 * ULIDs; tests pass fixed values, so every plan is deterministic.
 */
export interface PlanContext {
  now: IsoDateTime;
  newId: () => Id;
}

/** A plan's answer: the writes to apply, and what the command hands back to its caller. */
export interface Planned<T> {
  writes: Write[];
  value: T;
}
