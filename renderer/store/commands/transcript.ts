import type { Id, Source } from '../../../shared/model';
import type { TextEdit } from '../../../shared/ranges/text-edit';
import { planTranscriptEdit } from '../../../shared/sources/plan-transcript-edit';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export { TranscriptEditRefused } from '../../../shared/sources/plan-transcript-edit';

/**
 * "Edit transcript" (typo fixes) as one undoable step: reads the source, its text, its codings
 * and messages, and applies planTranscriptEdit's writes, or rejects with TranscriptEditRefused.
 */
export async function editTranscript(history: History, input: { sourceId: Id; authorId: Id; edit: TextEdit }): Promise<Source> {
  const { db } = history;
  const { sourceId } = input;
  return history.run({ key: 'editTranscript' }, async (rec) => {
    const [source, stored, codings, messages] = await Promise.all([
      db.sources.get(sourceId),
      db.sourceTexts.get(sourceId),
      db.codings.where('sourceId').equals(sourceId).toArray(),
      db.messages.where('sourceId').equals(sourceId).toArray(),
    ]);
    if (!source || !stored) throw new Error('The source is gone.');
    return applyPlanned(rec, planTranscriptEdit({ source, stored, codings, messages }, input, planContext()));
  });
}
