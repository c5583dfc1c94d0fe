import { z } from 'zod';
import { defaultProjectSettings } from '../model';
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
};
