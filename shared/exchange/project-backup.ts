import { z } from 'zod';
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
  format: z.literal('kodebok-project-backup'),
  schemaVersion: z.number().int().positive(),
  tables: z.object({ sources: z.array(sourceRow), codes: z.array(codeRow), codings: z.array(codingRow) }),
});

export interface BackupContents {
  sources: { id: string; title: string; order: number }[];
  codes: Code[];
  codings: Coding[];
}

/** Reads a backup's sources, codes and codings, or says in one line what is wrong with it. */
export function readProjectBackup(json: unknown): { ok: true; backup: BackupContents } | { ok: false; reason: string } {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'kodebok-project-backup')
    return { ok: false, reason: 'not a Kodebok project backup (format "kodebok-project-backup" expected)' };
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
  const { sources, codes, codings } = result.data.tables;
  return {
    ok: true,
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
