import { z } from 'zod';
import { defaultProjectSettings } from '../model';
import { fromBase64 } from './base64';
import type { BackupTable } from './format';

/**
 * What a restore needs each stored row to hold before it trusts it: ids and the references
 * between rows (which restore remaps), offsets as whole numbers, text as text. Fields this build
 * does not know are kept as they are (loose objects), and a few that older builds did not write
 * get their defaults, in the spirit of Excalidraw's `restore`.
 */
const id = z.string().min(1);
const stamp = z.string().default('');
const entity = { id, createdAt: stamp, updatedAt: stamp };
const text = z.string().default('');
const offset = z.number().int().nonnegative();

export const projectRowSchema = z.looseObject({
  ...entity,
  name: z.string().min(1),
  description: text,
  settings: z.looseObject({}).default({ ...defaultProjectSettings }),
  lastOpenedAt: z.string().nullable().default(null),
  deletedAt: z.string().nullable().default(null),
  isDemo: z.boolean().default(false),
});

const attributeValue = z.union([z.string(), z.number(), z.null()]);

export const tableRowSchemas: Record<BackupTable, z.ZodType<Record<string, unknown>>> = {
  sources: z.looseObject({
    ...entity,
    title: z.string(),
    kind: z.string().default('text'),
    length: offset,
    attributes: z.record(z.string(), attributeValue).default({}),
    order: z.number().default(0),
  }),
  sourceTexts: z.looseObject({ sourceId: id, text: z.string() }),
  messages: z.looseObject({ ...entity, sourceId: id, order: z.number().default(0), start: offset, end: offset }),
  codes: z.looseObject({
    ...entity,
    parentId: z.string().nullable().default(null),
    order: z.number().default(0),
    name: z.string(),
  }),
  codings: z.looseObject({
    ...entity,
    sourceId: id,
    codeId: id,
    coderId: text,
    authorId: text,
    start: offset,
    end: offset,
  }),
  memos: z.looseObject({
    ...entity,
    targetKind: z.enum(['project', 'source', 'code', 'coding']),
    targetId: z.string(),
    authorId: text,
    title: text,
    content: text,
    plainText: text,
  }),
  coders: z.looseObject({ ...entity, name: z.string() }),
  attributes: z.looseObject({ ...entity, name: z.string() }),
  sourceEdits: z.looseObject({ ...entity, sourceId: id, authorId: text }),
  analysisSteps: z.looseObject({
    ...entity,
    method: z.enum(['stc', 'thematic']),
    step: z.number().int().positive(),
    state: z.enum(['not-started', 'in-progress', 'done']),
  }),
  readMarks: z.looseObject({ ...entity, sourceId: id, authorId: text }),
  preliminaryThemes: z.looseObject({ ...entity, name: z.string(), note: text, order: z.number().default(0), authorId: text }),
  meaningUnits: z.looseObject({
    ...entity,
    sourceId: id,
    start: offset,
    end: offset,
    codingId: z.string().nullable().default(null),
    authorId: text,
  }),
  codeGroups: z.looseObject({ ...entity, name: z.string(), order: z.number().default(0), themeIds: z.array(z.string()).default([]), authorId: text }),
  subgroups: z.looseObject({ ...entity, codeGroupId: id, name: z.string(), order: z.number().default(0), content: text, plainText: text, authorId: text }),
  placements: z.looseObject({ ...entity, meaningUnitId: id, codeGroupId: id, subgroupId: z.string().nullable().default(null) }),
  goldenQuotes: z.looseObject({
    ...entity,
    subgroupId: id,
    meaningUnitId: id,
    sourceId: id,
    start: offset,
    end: offset,
    order: z.number().default(0),
    authorId: text,
  }),
  analyticTexts: z.looseObject({
    ...entity,
    codeGroupId: id,
    heading: text,
    content: text,
    plainText: text,
    theory: text,
    recontextualised: z.array(z.string()).default([]),
    authorId: text,
  }),
  themes: z.looseObject({
    ...entity,
    parentId: z.string().nullable().default(null),
    name: z.string(),
    definition: text,
    order: z.number().default(0),
    x: z.number().default(0),
    y: z.number().default(0),
    authorId: text,
  }),
  themeCodes: z.looseObject({ ...entity, themeId: id, codeId: id }),
  themeLinks: z.looseObject({ ...entity, fromId: id, toId: id, label: text, authorId: text }),
  themeQuotes: z.looseObject({
    ...entity,
    themeId: id,
    codingId: z.string().nullable().default(null),
    sourceId: id,
    start: offset,
    end: offset,
    order: z.number().default(0),
    authorId: text,
  }),
  savedSearches: z.looseObject({
    ...entity,
    name: z.string(),
    query: z.string(),
    mode: z.enum(['words', 'regex']).default('words'),
    options: z.looseObject({ stopWords: z.boolean().default(true), foldAa: z.boolean().default(false) }).default({ stopWords: true, foldAa: false }),
    filters: z
      .looseObject({
        roles: z.array(z.string()).default([]),
        attributes: z.record(z.string(), z.array(z.string())).default({}),
        code: z.looseObject({ codeId: id, where: z.enum(['inside', 'outside']) }).nullable().default(null),
      })
      .default({ roles: [], attributes: {}, code: null }),
    authorId: text,
  }),
  attachments: z.looseObject({
    ...entity,
    name: z.string(),
    kind: z.enum(['pdf', 'picture', 'audio', 'video']),
    mediaType: z.string().default('application/octet-stream'),
    // In a backup file the bytes are {"base64": "…"} (canonical-json.ts); in the store, bytes.
    bytes: z
      .union([z.instanceof(Uint8Array), z.object({ base64: z.string() }), z.null()])
      .default(null)
      .transform((value, ctx) => {
        if (value === null || value instanceof Uint8Array) return value;
        const bytes = fromBase64(value.base64);
        if (bytes === null) ctx.addIssue({ code: 'custom', message: 'must be base64' });
        return bytes;
      }),
    sizeBytes: z.number().int().nonnegative().default(0),
    path: text,
    refiGuid: text,
    selections: z.array(z.looseObject({})).default([]),
  }),
  codebookVersions: z.looseObject({
    ...entity,
    name: text,
    author: text,
    note: text,
    snapshot: z.looseObject({
      codes: z.array(z.looseObject({ id, parentId: id.nullable(), codingIds: z.array(id).default([]) })),
    }),
    signOff: z.looseObject({ by: z.string(), at: z.string() }).nullable().default(null),
  }),
  reviewComments: z.looseObject({
    ...entity,
    target: z.looseObject({ kind: z.enum(['code', 'definition', 'coding']), codeId: id, codingId: id.optional() }),
    replyTo: id.nullable().default(null),
    author: text,
    text,
    resolved: z.boolean().default(false),
  }),
  proposals: z.looseObject({
    ...entity,
    codeId: id,
    field: z.enum(['name', 'definition', 'inclusion', 'exclusion', 'typicalExample', 'atypicalExample']),
    before: text,
    after: text,
    author: text,
    status: z.enum(['open', 'accepted', 'rejected']).default('open'),
  }),
};
