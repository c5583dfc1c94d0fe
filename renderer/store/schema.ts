/**
 * The Dexie schema, one entry per version, append-only: never edit an old entry, add a new one
 * with an upgrade function, and a test in test/unit/store/migrations.test.ts that opens the
 * previous version with data, upgrades, and checks nothing was lost.
 */
import type { Transaction } from 'dexie';
import { addMissingCoders } from './upgrades/v2-coders';
import { keepOriginalTexts } from './upgrades/v3-original-texts';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt, lastOpenedAt, deletedAt',
      sources: 'id, projectId, [projectId+order], origin.sha256',
      sourceTexts: 'sourceId, projectId',
      messages: 'id, sourceId, projectId, [sourceId+order]',
      codes: 'id, projectId, parentId',
      codings: 'id, projectId, sourceId, codeId, coderId, [sourceId+codeId]',
      memos: 'id, projectId, [targetKind+targetId]',
      coders: 'id, projectId',
      attributes: 'id, projectId',
      settings: 'key',
    },
  },
  {
    // v2: the typo-fix log of "edit transcript" mode, and one coder per project so every coding
    // names who made it (codings from v1 databases pointed at coders that were never stored).
    version: 2,
    stores: {
      sourceEdits: 'id, projectId, sourceId',
    },
    upgrade: addMissingCoders,
  },
  {
    // v3: sources are immutable in the store too. A typo fix is only a row in the sourceEdits log
    // (plus the moved offsets); the stored text stays as imported and the current text is derived.
    // Texts that v2 fixed in place get their fixes undone, so nothing a reader sees changes.
    version: 3,
    stores: {},
    upgrade: keepOriginalTexts,
  },
  {
    // v4: systematic text condensation (steps, read marks, preliminary themes, meaning units, code
    // groups, subgroups with condensates, placements, golden quotes, analytic texts) and thematic
    // analysis (themes and subthemes, their codes, map links, quotes). New tables only: no upgrade.
    version: 4,
    stores: {
      analysisSteps: 'id, projectId',
      readMarks: 'id, projectId, sourceId',
      preliminaryThemes: 'id, projectId',
      meaningUnits: 'id, projectId, sourceId, codingId',
      codeGroups: 'id, projectId',
      subgroups: 'id, projectId, codeGroupId',
      placements: 'id, projectId, meaningUnitId, codeGroupId, subgroupId',
      goldenQuotes: 'id, projectId, subgroupId, meaningUnitId, sourceId',
      analyticTexts: 'id, projectId, codeGroupId',
      themes: 'id, projectId, parentId',
      themeCodes: 'id, projectId, themeId, codeId',
      themeLinks: 'id, projectId, fromId, toId',
      themeQuotes: 'id, projectId, themeId, sourceId',
    },
  },
  {
    // v5: search. `savedSearches` are named queries, project data like any other table.
    // `searchIndexes` is this machine's cache of each project's serialised full-text index (one
    // row per project, rebuilt when the index code or options change): not project data, never
    // replicated nor backed up. New tables only: no upgrade.
    version: 5,
    stores: {
      savedSearches: 'id, projectId',
      searchIndexes: 'projectId',
    },
  },
  {
    // v6: attachments, the PDFs, pictures and recordings that came with a REFI-QDA project, kept
    // with their selections beside the project (Kodebok codes text). New table only: no upgrade.
    version: 6,
    stores: {
      attachments: 'id, projectId',
    },
  },
  {
    // v7: codebook review. Versions are snapshots of the codebook (a sign-off freezes one),
    // comments are threads on codes, definitions and codings, proposals are suggested edits the
    // author accepts or rejects. New tables only: no upgrade.
    version: 7,
    stores: {
      codebookVersions: 'id, projectId',
      reviewComments: 'id, projectId, replyTo',
      proposals: 'id, projectId, codeId',
    },
  },
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
