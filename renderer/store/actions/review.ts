import type { CodebookLanguage } from '../../../shared/codebook/document';
import type { Id } from '../../../shared/model';
import type { ReviewPackageInput } from '../../../shared/review';
import { readReviewPackage } from '../commands/review';
import type { KodebokDb } from '../db';

/** Reads the Review screen asks for on a click (not live). */
export interface ReviewActions {
  /** What a review package prints: the codebook now and up to `perCode` examples per code. */
  packageInput(projectId: Id, perCode: number, language: CodebookLanguage, versionName: string): Promise<ReviewPackageInput>;
}

export function reviewActions(db: KodebokDb): ReviewActions {
  return { packageInput: (projectId, perCode, language, versionName) => readReviewPackage(db, projectId, perCode, language, versionName) };
}
