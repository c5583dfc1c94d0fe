import { z } from 'zod';
import { backupTables, type BackupRow, type BackupTables } from '../../backup/format';
import { remapProjectRowsBy } from '../../backup/remap-ids';
import { repairRows } from '../../backup/repair';
import { latestSchemaVersion, upgradeRows } from '../../migrations';
import type { PlanContext } from '../../model';
import type { ExchangeProject } from '../exchange-project';
import { refiGuidOf } from './guid';
import { refiColour } from './write/code-elements';
import { xmlSafe } from './write/xml';

/**
 * The Kodebok extension of a .qdpx (docs/kodebok-extension.md): `kodebok/extension.json`, beside
 * project.qde. REFI-QDA cannot hold a dialogue's structure (messages with speaker, role and reply
 * delay), systematic text condensation or thematic analysis, code criteria field by field, memo
 * formatting or project settings. The extension carries every project row except the texts, with
 * the GUID each row was written under in project.qde, so a Kodebok import of the file loses nothing
 * and other tools simply ignore the entry (REFI readers look only for the .qde and sources/).
 */
export const extensionPath = 'kodebok/extension.json';
export const extensionFormat = 'kodebok-refi-extension';
export const extensionVersion = 1;

/** The tables whose rows are elements of project.qde (each with a GUID): the .qde wins for what it holds. */
export const refiTables = ['sources', 'codes', 'codings', 'memos', 'coders', 'attributes'] as const;
type RefiTable = (typeof refiTables)[number];

/** The fields of each REFI-held row that project.qde carries: after another tool edited the file, its values win. */
const refiFields: Record<RefiTable, string[]> = {
  sources: ['title'],
  codes: ['name', 'color', 'parentId'],
  codings: ['sourceId', 'codeId', 'coderId', 'start', 'end'],
  memos: ['title', 'plainText'],
  coders: ['name'],
  attributes: ['name'],
};

/**
 * True when the .qde's value is just how the writer had to write ours (a character XML cannot
 * hold became U+FFFD, a colour REFI cannot express was left out): ours is then the truth, not an edit.
 */
function asWritten(field: string, ours: unknown, theirs: unknown): boolean {
  if (ours === theirs) return true;
  if (field === 'color') return refiColour(ours) === undefined && (theirs === '' || theirs === null || theirs === undefined);
  return typeof ours === 'string' && xmlSafe(ours) === theirs;
}

export interface KodebokExtension {
  format: typeof extensionFormat;
  version: number;
  /** The store's schema version the rows follow (older ones are upgraded on import, as backups are). */
  schemaVersion: number;
  appVersion: string;
  /** The project row: settings, method, published table… */
  project: BackupRow;
  /** Each REFI-held row's id (and each user id a row names) → the GUID it has in project.qde. */
  guids: Record<string, string>;
  /**
   * Every table's rows but the texts (they are sources/*.txt) and the typo-fix log (the exported
   * text already has the fixes, so the log would apply them twice).
   */
  tables: Partial<BackupTables>;
}

/** The extension for a project as writeQde writes it (the same GUID rules: guid.ts). */
export function buildExtension(project: ExchangeProject, schemaVersion: number, appVersion: string): KodebokExtension {
  const guids: Record<string, string> = {};
  for (const table of refiTables) for (const row of project.tables[table] ?? []) guids[String(row.id)] = refiGuidOf(row);
  // Coder ids a coding or memo names without a coder row are users in project.qde too (writeQde).
  const userIds = [
    ...(project.tables.codings ?? []).flatMap((c) => [c.coderId, c.authorId]),
    ...(project.tables.memos ?? []).map((m) => m.authorId),
  ];
  for (const id of userIds) if (typeof id === 'string' && id !== '' && !(id in guids)) guids[id] = refiGuidOf({ id });
  const tables: Partial<BackupTables> = {};
  for (const table of backupTables) {
    // Attachments (schema v6) hold a file's bytes, which JSON cannot carry; REFI import brings them back.
    if (table === 'sourceTexts' || table === 'sourceEdits' || table === 'attachments') continue;
    tables[table] = project.tables[table] ?? [];
  }
  return { format: extensionFormat, version: extensionVersion, schemaVersion, appVersion, project: project.project, guids, tables };
}

const extensionSchema = z.looseObject({
  format: z.literal(extensionFormat),
  version: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().default(''),
  project: z.looseObject({}),
  guids: z.record(z.string(), z.string()),
  tables: z.record(z.string(), z.array(z.looseObject({}))),
});

export type ExtensionProblem = 'not-an-extension' | 'newer-version';

/** The extension entry read back, or why it cannot be used (the .qde alone is still a project). */
export function readExtension(json: unknown): { ok: true; extension: KodebokExtension } | { ok: false; problem: ExtensionProblem } {
  const parsed = extensionSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not-an-extension' };
  const data = parsed.data;
  if (data.version > extensionVersion || data.schemaVersion > latestSchemaVersion) return { ok: false, problem: 'newer-version' };
  return { ok: true, extension: data as unknown as KodebokExtension };
}

/**
 * A project read from project.qde (rows carrying the GUIDs they came with as `refiGuid`), completed
 * from the extension: each REFI-held row gets back the fields REFI cannot hold (the .qde's values
 * win for the fields it has), and the rows REFI cannot hold at all come back pointing at the rows
 * of the .qde by GUID. A row the .qde no longer has (deleted in another tool) stays out, and so
 * does anything that pointed only at it; a row another tool added is kept as the .qde gives it.
 */
export function applyExtension(core: ExchangeProject, extension: KodebokExtension, at: PlanContext): ExchangeProject {
  const empty = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables;
  const upgraded = upgradeRows(
    { project: extension.project, tables: { ...empty, ...extension.tables, sourceTexts: [], sourceEdits: [] } },
    extension.schemaVersion,
    { newId: at.newId, now: at.now },
  );

  const coreIdByGuid = new Map<string, string>();
  for (const table of refiTables)
    for (const row of core.tables[table] ?? [])
      if (typeof row.refiGuid === 'string') coreIdByGuid.set(row.refiGuid.toLowerCase(), String(row.id));
  const mapId = (old: string): string => {
    const guid = extension.guids[old];
    return (guid !== undefined && coreIdByGuid.get(guid.toLowerCase())) || old;
  };
  const projectId = String(core.project.id ?? extension.project.id ?? '');
  const remapped = remapProjectRowsBy(upgraded.tables, projectId, mapId);

  const tables = { ...remapped, sourceTexts: core.tables.sourceTexts ?? [], sourceEdits: [] } as BackupTables;
  for (const table of refiTables) {
    const extRows = new Map(remapped[table].map((row) => [String(row.id), row]));
    tables[table] = (core.tables[table] ?? []).map((coreRow) => {
      const extRow = extRows.get(String(coreRow.id));
      if (!extRow) return coreRow;
      const merged: BackupRow = { ...extRow };
      for (const field of refiFields[table])
        if (field in coreRow && !asWritten(field, extRow[field], coreRow[field])) merged[field] = coreRow[field];
      // A note edited elsewhere: its formatted text is out of date; the app builds it from the plain text.
      if (table === 'memos' && merged.plainText !== extRow.plainText) merged.content = '';
      return { ...merged, id: coreRow.id, projectId: coreRow.projectId ?? projectId, refiGuid: coreRow.refiGuid };
    });
  }
  const project = {
    ...upgraded.project,
    id: projectId,
    name: core.project.name || upgraded.project.name,
    description: core.project.description ?? upgraded.project.description,
  };
  return { project, tables: repairRows(tables).tables };
}

