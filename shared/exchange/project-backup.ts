import { z } from 'zod';
import { danglingCodings } from '../backup/dangling';
import { backupFormat } from '../backup/format';
import { latestSchemaVersion } from '../migrations';
import type { Code, Coding } from '../model';

/**
 * The parts of a Kodebok project backup (format 'kodebok-project-backup', written by the app's
 * File > Back up) that tools outside the app read: sources, codes and codings. Fields a tool does
 * not need may be missing; the rest of the document is left alone.
 */
const entity = { id: z.string().min(1), createdAt: z.string().default(''), updatedAt: z.string().default('') };
const text = z.string().default('');

const sourceRow = z.looseObject({ ...entity, title: z.string(), order: z.number().default(0) });

const codeRow = z.looseObject({
  ...entity,
  projectId: text,
  parentId: z.string().nullable().default(null),
  order: z.number().default(0),
  name: z.string(),
  shortName: text,
  color: text,
  definition: text,
  inclusion: text,
  exclusion: text,
  typicalExample: text,
  atypicalExample: text,
  pinned: z.boolean().default(false),
});

const codingRow = z.looseObject({
  ...entity,
  projectId: text,
  sourceId: z.string().min(1),
  codeId: z.string().min(1),
  coderId: text,
  authorId: text,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const projectBackupSchema = z.object({
  format: z.literal(backupFormat),
  schemaVersion: z.number().int().positive(),
  tables: z.object({ sources: z.array(sourceRow), codes: z.array(codeRow), codings: z.array(codingRow) }),
});

export interface BackupContents {
  sources: { id: string; title: string; order: number }[];
  codes: Code[];
  codings: Coding[];
}

/** Codings left out of the contents because what they point at is not in the backup, grouped. */
export interface BackupReadWarning {
  kind: 'coding-missing-code' | 'coding-missing-source';
  /** How many codings. */
  count: number;
  /** The missing code or source ids, each once, in the order first met. */
  missingIds: string[];
}

export type BackupReadResult =
  | { ok: true; backup: BackupContents; warnings: BackupReadWarning[] }
  | { ok: false; reason: string };

/**
 * Reads a backup's sources, codes and codings, or says in one line what is wrong with it.
 * Codings that point at a missing code or source are left out of the contents and reported as
 * warnings, so no count includes them silently.
 */
export function readProjectBackup(json: unknown): BackupReadResult {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== backupFormat)
    return { ok: false, reason: `not a Kodebok project backup (format "${backupFormat}" expected)` };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > latestSchemaVersion)
    return {
      ok: false,
      reason:
        `made by a newer version of Kodebok (schema version ${version}; this build reads up to ${latestSchemaVersion}). ` +
        'Update Kodebok to read it',
    };
  const result = projectBackupSchema.safeParse(json, {
    error: (issue) => {
      if (issue.input === undefined) return 'missing';
      if (issue.code === 'invalid_type')
        return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
      return undefined;
    },
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return { ok: false, reason: `the backup is damaged at ${where.replace(/^\./, '')}: ${issue.message}` };
  }
  const { sources, codes } = result.data.tables;
  const dangling = danglingCodings(sources, codes, result.data.tables.codings);
  const left = new Set(dangling.map((d) => d.codingId));
  const codings = result.data.tables.codings.filter((c) => !left.has(c.id));
  const group = (kind: BackupReadWarning['kind'], missing: (string | undefined)[]): BackupReadWarning[] => {
    const ids = missing.filter((id) => id !== undefined);
    return ids.length === 0 ? [] : [{ kind, count: ids.length, missingIds: [...new Set(ids)] }];
  };
  return {
    ok: true,
    warnings: [
      ...group('coding-missing-code', dangling.map((d) => d.missingCode)),
      ...group('coding-missing-source', dangling.map((d) => d.missingSource)),
    ],
    backup: {
      sources: sources.map((s) => ({ id: s.id, title: s.title, order: s.order })),
      codes: codes.map((c) => ({
        id: c.id,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        projectId: c.projectId,
        parentId: c.parentId,
        order: c.order,
        name: c.name,
        shortName: c.shortName,
        color: c.color,
        definition: c.definition,
        inclusion: c.inclusion,
        exclusion: c.exclusion,
        typicalExample: c.typicalExample,
        atypicalExample: c.atypicalExample,
        pinned: c.pinned,
      })),
      codings: codings.map((c) => ({
        id: c.id,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        projectId: c.projectId,
        sourceId: c.sourceId,
        codeId: c.codeId,
        coderId: c.coderId || c.authorId,
        authorId: c.authorId || c.coderId,
        start: c.start,
        end: c.end,
      })),
    },
  };
}
