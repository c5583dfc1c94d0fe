import type { CodebookLanguage } from '../../../shared/codebook/document';
import type { Id } from '../../../shared/model';
import {
  parseReviewCommentsFile,
  pickExamples,
  planAddComment,
  planDecideProposal,
  planImportComments,
  planPropose,
  planResolveThread,
  planSignOff,
  planSnapshotVersion,
  snapshotCodebook,
  type CodebookVersion,
  type CommentsFileError,
  type NewComment,
  type NewVersion,
  type ProposalField,
  type ReviewPackageInput,
} from '../../../shared/review';
import type { KodebokDb } from '../db';
import { applyPlanned, applyWrites } from '../history/apply-writes';
import type { History } from '../history/history';
import { newId, planContext } from '../ids';
import { readCurrentTexts } from '../repositories/source-texts';

/** Snapshots the codebook as a named version: one undo step. */
export async function snapshotVersion(history: History, input: NewVersion): Promise<CodebookVersion> {
  const { db } = history;
  return history.run({ key: 'review.snapshot', values: { name: input.name.trim() } }, async (rec) => {
    const [codes, codings] = await Promise.all([
      db.codes.where('projectId').equals(input.projectId).toArray(),
      db.codings.where('projectId').equals(input.projectId).toArray(),
    ]);
    return applyPlanned(rec, planSnapshotVersion({ codes, codings }, input, planContext()));
  });
}

/** Signs a version off. Returns false when it was signed already (it stays as it was). */
export async function signOffVersion(history: History, versionId: Id, by: string): Promise<boolean> {
  const { db } = history;
  return history.run({ key: 'review.signOff' }, async (rec) => {
    const version = await db.codebookVersions.get(versionId);
    if (!version) return false;
    const writes = planSignOff(version, by, planContext());
    if (writes === 'already-signed') return false;
    await applyWrites(rec, writes);
    return true;
  });
}

export async function addReviewComment(history: History, input: NewComment): Promise<void> {
  await history.run({ key: 'review.comment' }, async (rec) => {
    await applyPlanned(rec, planAddComment(input, planContext()));
  });
}

export async function resolveReviewThread(history: History, projectId: Id, commentId: Id, resolved: boolean): Promise<void> {
  const { db } = history;
  await history.run({ key: resolved ? 'review.resolve' : 'review.reopen' }, async (rec) => {
    const comments = await db.reviewComments.where('projectId').equals(projectId).toArray();
    await applyWrites(rec, planResolveThread(comments, commentId, resolved, planContext()));
  });
}

export async function proposeChange(history: History, codeId: Id, field: ProposalField, after: string, author: string): Promise<void> {
  const { db } = history;
  await history.run({ key: 'review.propose' }, async (rec) => {
    const code = await db.codes.get(codeId);
    if (code) await applyPlanned(rec, planPropose(code, field, after, author, planContext()));
  });
}

/** Accepts (applies the change to the code) or rejects a proposal: one undo step either way. */
export async function decideProposal(history: History, proposalId: Id, accept: boolean): Promise<'ok' | 'proposal-closed' | 'code-gone'> {
  const { db } = history;
  return history.run({ key: accept ? 'review.accept' : 'review.reject' }, async (rec) => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) return 'proposal-closed';
    const decided = planDecideProposal({ proposal, code: await db.codes.get(proposal.codeId) }, accept, planContext());
    if (!decided.ok) return decided.error;
    await applyWrites(rec, decided.writes);
    return 'ok';
  });
}

export type CommentsImportResult = { ok: true; added: number; skipped: number } | { ok: false; error: CommentsFileError };

/** Reads a comments file the review package saved and puts each comment on its code or coding. */
export async function importReviewComments(history: History, projectId: Id, text: string, fallbackAuthor: string): Promise<CommentsImportResult> {
  const parsed = parseReviewCommentsFile(text, projectId);
  if (!parsed.ok) return parsed;
  const { db } = history;
  return history.run({ key: 'review.importComments' }, async (rec) => {
    const [codes, codings] = await Promise.all([
      db.codes.where('projectId').equals(projectId).toArray(),
      db.codings.where('projectId').equals(projectId).toArray(),
    ]);
    const result = planImportComments(
      parsed.file,
      { codeIds: new Set(codes.map((c) => c.id)), codingCodes: new Map(codings.map((c) => [c.id, c.codeId])) },
      fallbackAuthor,
      planContext(),
    );
    await applyWrites(rec, result.writes);
    return { ok: true as const, added: result.added.length, skipped: result.skipped };
  });
}

/** Gathers what a review package prints: the codebook as it stands and up to `perCode` examples per code. */
export async function readReviewPackage(
  db: KodebokDb,
  projectId: Id,
  perCode: number,
  language: CodebookLanguage,
  versionName: string,
): Promise<ReviewPackageInput> {
  const [project, codes, codings, sources] = await Promise.all([
    db.projects.get(projectId),
    db.codes.where('projectId').equals(projectId).toArray(),
    db.codings.where('projectId').equals(projectId).toArray(),
    db.sources.where('projectId').equals(projectId).toArray(),
  ]);
  const texts = await readCurrentTexts(db, sources.map((s) => s.id));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const examples = pickExamples(codings, perCode, (id) => {
    const source = byId.get(id);
    const text = texts.get(id);
    return source && text !== undefined ? { name: source.title, text, order: source.order } : undefined;
  });
  return {
    packageId: newId(),
    projectId,
    projectName: project?.name ?? '',
    versionName,
    language,
    snapshot: snapshotCodebook(codes, codings),
    examples,
  };
}
