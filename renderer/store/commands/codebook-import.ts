import type { Id } from '../../../shared/model';
import type { CodebookDocument } from '../../../shared/codebook/document';
import { planCodebookImport, type CodebookImportResult } from '../../../shared/codebook/plan-import';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export type { CodebookImportResult } from '../../../shared/codebook/plan-import';

/**
 * Adds a codebook document (an imported file or the built-in template) to a project's codebook,
 * as one undoable step (see planCodebookImport for how names already there are matched).
 */
export async function importCodebook(history: History, input: { projectId: Id; document: CodebookDocument }): Promise<CodebookImportResult> {
  const { db } = history;
  return history.run({ key: 'importCodebook', values: { name: input.document.name } }, async (rec) => {
    const codes = await db.codes.where('projectId').equals(input.projectId).toArray();
    return applyPlanned(rec, planCodebookImport(codes, input, planContext()));
  });
}
