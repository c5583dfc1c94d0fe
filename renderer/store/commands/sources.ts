import type { GoldenQuote, Id } from '../../../shared/model';
import { readMarkId } from '../../../shared/model';
import { planDeleteSource, type DeleteSourceRows, type SourceImpact } from '../../../shared/sources/plan-delete-source';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export type { SourceImpact } from '../../../shared/sources/plan-delete-source';

/** Everything that points into the source (see DeleteSourceRows), or undefined when it is gone. */
async function deleteRows(db: KodebokDb, sourceId: Id): Promise<DeleteSourceRows | undefined> {
  const source = await db.sources.get(sourceId);
  if (!source) return undefined;
  const [messages, sourceEdits, codings, meaningUnits, ownQuotes, themeQuotes, readMark, analyticTexts] = await Promise.all([
    db.messages.where('sourceId').equals(sourceId).toArray(),
    db.sourceEdits.where('sourceId').equals(sourceId).toArray(),
    db.codings.where('sourceId').equals(sourceId).toArray(),
    db.meaningUnits.where('sourceId').equals(sourceId).toArray(),
    db.goldenQuotes.where('sourceId').equals(sourceId).toArray(),
    db.themeQuotes.where('sourceId').equals(sourceId).toArray(),
    db.readMarks.get(readMarkId(sourceId)),
    db.analyticTexts.where('projectId').equals(source.projectId).toArray(),
  ]);
  const unitIds = meaningUnits.map((u) => u.id);
  const [placements, unitQuotes, memos] = await Promise.all([
    db.placements.where('meaningUnitId').anyOf(unitIds).toArray(),
    db.goldenQuotes.where('meaningUnitId').anyOf(unitIds).toArray(),
    db.memos
      .where('[targetKind+targetId]')
      .anyOf([['source', sourceId], ...codings.map((c) => ['coding', c.id])])
      .toArray(),
  ]);
  const goldenQuotes = [...new Map<Id, GoldenQuote>([...ownQuotes, ...unitQuotes].map((q) => [q.id, q])).values()];
  const readMarks = readMark ? [readMark] : [];
  return { source, messages, sourceEdits, codings, memos, meaningUnits, placements, goldenQuotes, themeQuotes, readMarks, analyticTexts };
}

const nothing: SourceImpact = { codings: 0, memos: 0, meaningUnits: 0, placements: 0, goldenQuotes: 0, themeQuotes: 0, read: false };

/** What deleting a source would take with it: said in the confirmation before anything goes. */
export async function sourceDeletionImpact(db: KodebokDb, sourceId: Id): Promise<SourceImpact> {
  const rows = await deleteRows(db, sourceId);
  return rows ? planDeleteSource(rows, planContext()).value : nothing;
}

/** Deletes a source with everything that points into it (planDeleteSource): one undoable step. */
export async function deleteSource(history: History, input: { id: Id }): Promise<SourceImpact> {
  const { db } = history;
  const label = async () => ({ key: 'deleteSource', values: { source: (await db.sources.get(input.id))?.title ?? '' } });
  return history.run(label, async (rec) => {
    const rows = await deleteRows(db, input.id);
    if (!rows) throw new Error('Nothing to delete: the source is gone.');
    return applyPlanned(rec, planDeleteSource(rows, planContext()));
  });
}
