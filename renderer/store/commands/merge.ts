import type { Attribute, Code, Coder, Coding, Id, Memo, Source, SourceEdit, SourceText } from '../../../shared/model';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { planMerge, type MergeOptions, type MergeSummary, type OurRows } from '../../../shared/exchange/merge';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';
import { currentCoder } from '../repositories/coders';

export type { MergeSummary, MergeConflict, MergeOptions } from '../../../shared/exchange/merge';

/** Everything of the open project a merge compares against. */
export async function readMergeRows(db: KodebokDb, projectId: Id): Promise<OurRows> {
  const of = <T>(table: string) => db.table<T>(table).where('projectId').equals(projectId).toArray();
  return {
    projectId,
    sources: await of<Source>('sources'),
    sourceTexts: await of<SourceText>('sourceTexts'),
    sourceEdits: await of<SourceEdit>('sourceEdits'),
    codes: await of<Code>('codes'),
    codings: await of<Coding>('codings'),
    coders: await of<Coder>('coders'),
    memos: await of<Memo>('memos'),
    attributes: await of<Attribute>('attributes'),
  };
}

/** What merging `theirs` would do, for the preview: nothing is written. */
export async function previewMerge(history: History, input: { projectId: Id; theirs: ExchangeProject; options?: MergeOptions }): Promise<MergeSummary> {
  const { db } = history;
  const rows = await db.transaction('r', mergeTables(db), () => readMergeRows(db, input.projectId));
  return planMerge(rows, input.theirs, planContext(), input.options).value;
}

/**
 * Merges another coder's project into this one as ONE undoable step (planMerge). This machine's
 * coder is made first if the project has none yet, so their coder can never become ours.
 */
export async function mergeProject(history: History, input: { projectId: Id; theirs: ExchangeProject; options?: MergeOptions }): Promise<MergeSummary> {
  const { db } = history;
  await currentCoder(db, input.projectId);
  return history.run({ key: 'mergeProject', values: { name: String(input.theirs.project.name ?? '') } }, async (rec) => {
    const rows = await readMergeRows(db, input.projectId);
    return applyPlanned(rec, planMerge(rows, input.theirs, planContext(), input.options));
  });
}

function mergeTables(db: KodebokDb) {
  return ['sources', 'sourceTexts', 'sourceEdits', 'codes', 'codings', 'coders', 'memos', 'attributes'].map((t) => db.table(t));
}
