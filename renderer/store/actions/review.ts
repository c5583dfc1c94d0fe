import type { CodebookLanguage } from '../../../shared/codebook/document';
import type { Id } from '../../../shared/model';
import type { ReviewPackageInput } from '../../../shared/review';
import { readReviewPackage } from '../commands/review';
import type { KodebokDb } from '../db';
import { readCodingsOfCode } from '../queries/codebook';

/** A coding as the comment form lists it: where it is and how it begins. */
export interface CodingChoice {
  id: Id;
  sourceTitle: string;
  snippet: string;
}

/** Reads the Review screen asks for on a click (not live). */
export interface ReviewActions {
  /** What a review package prints: the codebook now and up to `perCode` examples per code. */
  packageInput(projectId: Id, perCode: number, language: CodebookLanguage, versionName: string): Promise<ReviewPackageInput>;
  /** The codings of a code, in source order, for commenting on one of them. */
  codingChoices(codeId: Id): Promise<CodingChoice[]>;
}

const snippetLength = 60;

async function codingChoices(db: KodebokDb, codeId: Id): Promise<CodingChoice[]> {
  const { codings, sources, texts } = await readCodingsOfCode(db, codeId);
  return [...codings]
    .sort((a, b) => (sources.get(a.sourceId)?.order ?? 0) - (sources.get(b.sourceId)?.order ?? 0) || a.start - b.start)
    .map((c) => {
      const text = (texts.get(c.sourceId) ?? '').slice(c.start, c.end).replace(/\s+/g, ' ').trim();
      return {
        id: c.id,
        sourceTitle: sources.get(c.sourceId)?.title ?? '',
        snippet: text.length > snippetLength ? `${text.slice(0, snippetLength)}…` : text,
      };
    });
}

export function reviewActions(db: KodebokDb): ReviewActions {
  return {
    packageInput: (projectId, perCode, language, versionName) => readReviewPackage(db, projectId, perCode, language, versionName),
    codingChoices: (codeId) => codingChoices(db, codeId),
  };
}
