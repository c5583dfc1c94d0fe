import type { Id } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { deletionImpact, type CodeImpact } from '../commands/codes';

/** Reads the codebook screen needs before it asks the user (not live: asked once, on a click). */
export interface CodebookActions {
  /** What deleting a code would take with it: said in the confirmation before anything goes. */
  deletionImpact(codeId: Id): Promise<CodeImpact>;
}

export function codebookActions(db: KodebokDb): CodebookActions {
  return { deletionImpact: (codeId) => deletionImpact(db, codeId) };
}
