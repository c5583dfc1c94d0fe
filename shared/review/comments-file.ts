import { z } from 'zod';
import type { Id, PlanContext, Write } from '../model';
import type { ReviewComment } from './comments';

export const reviewCommentsFormat = 'kodebok-review-comments';

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('code'), codeId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('coding'), codeId: z.string().min(1).max(200), codingId: z.string().min(1).max(200) }),
]);

/** The file the review package's page saves: what the reviewer wrote, keyed by code and coding ids. */
export const reviewCommentsFileSchema = z.object({
  format: z.literal(reviewCommentsFormat),
  version: z.literal(1),
  packageId: z.string().max(200),
  projectId: z.string().max(200),
  author: z.string().max(200),
  comments: z.array(z.object({ target: targetSchema, text: z.string().min(1).max(20000) })).max(10000),
});
export type ReviewCommentsFile = z.infer<typeof reviewCommentsFileSchema>;

export type CommentsFileError = { code: 'not-json' } | { code: 'not-comments-file' } | { code: 'other-project' };

export function parseReviewCommentsFile(text: string, projectId: Id): { ok: true; file: ReviewCommentsFile } | { ok: false; error: CommentsFileError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const parsed = reviewCommentsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: { code: 'not-comments-file' } };
  if (parsed.data.projectId !== projectId) return { ok: false, error: { code: 'other-project' } };
  return { ok: true, file: parsed.data };
}

export interface CommentsImport {
  writes: Write[];
  added: ReviewComment[];
  /** Comments whose code or coding is no longer in the project: counted, so the user is told. */
  skipped: number;
}

/**
 * Puts each comment on its code or coding. A coding comment whose coding is gone but whose code
 * remains lands on the code, so the reviewer's words are not lost; one with neither is skipped.
 */
export function planImportComments(
  file: ReviewCommentsFile,
  rows: { codeIds: ReadonlySet<Id>; codingCodes: ReadonlyMap<Id, Id> },
  fallbackAuthor: string,
  at: PlanContext,
): CommentsImport {
  const added: ReviewComment[] = [];
  let skipped = 0;
  for (const c of file.comments) {
    let target: ReviewComment['target'] | undefined;
    if (c.target.kind === 'coding' && rows.codingCodes.has(c.target.codingId)) {
      target = { kind: 'coding', codingId: c.target.codingId, codeId: rows.codingCodes.get(c.target.codingId)! };
    } else if (rows.codeIds.has(c.target.codeId)) {
      target = { kind: 'code', codeId: c.target.codeId };
    }
    if (!target) {
      skipped++;
      continue;
    }
    added.push({
      id: at.newId(),
      projectId: file.projectId,
      createdAt: at.now,
      updatedAt: at.now,
      target,
      replyTo: null,
      author: file.author.trim() || fallbackAuthor,
      text: c.text.trim(),
      resolved: false,
    });
  }
  return { writes: added.map((row): Write => ({ op: 'put', table: 'reviewComments', projectId: row.projectId, row })), added, skipped };
}
