import Dexie, { type EntityTable } from 'dexie';
import type {
  AnalysisStep,
  AnalyticText,
  CodeGroup,
  GoldenQuote,
  MeaningUnit,
  Placement,
  PreliminaryTheme,
  ReadMark,
  Subgroup,
  Theme,
  ThemeCode,
  ThemeLink,
  ThemeQuote,
  SavedSearch,
  Attachment,
  Attribute,
  Code,
  Coder,
  Coding,
  Memo,
  Message,
  Project,
  Source,
  SourceEdit,
  SourceText,
  ProjectTableName,
} from '../../shared/model';
import { projectTableNames } from '../../shared/model';
import type { CodebookVersion, Proposal, ReviewComment } from '../../shared/review';
import { schemaVersions, type SchemaVersion } from './schema';

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * One project's full-text index as this machine last built it (renderer/search): a cache, not
 * project data. `version` is the index code's version (searchIndexVersion) and `options` the
 * options it was built with; either differing means it is built again from the project's rows.
 */
export interface SearchIndexRow {
  projectId: string;
  version: number;
  options: { language: string; stopWords: boolean; foldAa: boolean };
  /** The index as shared/search serialises it. */
  index: string;
  /** Each document's signature when the index was kept: documents changed since are indexed again on open. */
  signatures: Record<string, number>;
  updatedAt: string;
}

export type KodebokDb = Dexie & {
  projects: EntityTable<Project, 'id'>;
  sources: EntityTable<Source, 'id'>;
  sourceTexts: EntityTable<SourceText, 'sourceId'>;
  messages: EntityTable<Message, 'id'>;
  codes: EntityTable<Code, 'id'>;
  codings: EntityTable<Coding, 'id'>;
  memos: EntityTable<Memo, 'id'>;
  coders: EntityTable<Coder, 'id'>;
  attributes: EntityTable<Attribute, 'id'>;
  sourceEdits: EntityTable<SourceEdit, 'id'>;
  analysisSteps: EntityTable<AnalysisStep, 'id'>;
  readMarks: EntityTable<ReadMark, 'id'>;
  preliminaryThemes: EntityTable<PreliminaryTheme, 'id'>;
  meaningUnits: EntityTable<MeaningUnit, 'id'>;
  codeGroups: EntityTable<CodeGroup, 'id'>;
  subgroups: EntityTable<Subgroup, 'id'>;
  placements: EntityTable<Placement, 'id'>;
  goldenQuotes: EntityTable<GoldenQuote, 'id'>;
  analyticTexts: EntityTable<AnalyticText, 'id'>;
  themes: EntityTable<Theme, 'id'>;
  themeCodes: EntityTable<ThemeCode, 'id'>;
  themeLinks: EntityTable<ThemeLink, 'id'>;
  themeQuotes: EntityTable<ThemeQuote, 'id'>;
  savedSearches: EntityTable<SavedSearch, 'id'>;
  codebookVersions: EntityTable<CodebookVersion, 'id'>;
  reviewComments: EntityTable<ReviewComment, 'id'>;
  proposals: EntityTable<Proposal, 'id'>;
  searchIndexes: EntityTable<SearchIndexRow, 'projectId'>;
  attachments: EntityTable<Attachment, 'id'>;
  settings: EntityTable<Setting, 'key'>;
};

export const defaultDatabaseName = 'kodebok';

/**
 * Tables that belong to a project (everything but app settings); used by duplicate, delete and
 * the history. The names are the shared union (`ProjectTableName` in shared/model/write.ts); the
 * annotation makes the build fail if one of them is not a table of this database.
 */
export const projectTables: readonly (ProjectTableName & keyof KodebokDb)[] = projectTableNames;
export type ProjectTable = ProjectTableName;

/**
 * Opens the database with the versions given (all of them by default). Tests pass a prefix of
 * `schemaVersions` to create an old database, fill it, and reopen it at the current version.
 */
export function createDatabase(
  name: string = defaultDatabaseName,
  versions: SchemaVersion[] = schemaVersions,
): KodebokDb {
  const db = new Dexie(name) as KodebokDb;
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
