import type { Id, Source } from '../../../shared/model';
import type { TextEdit } from '../../../shared/ranges/text-edit';
import { planTranscriptEdit } from '../../../shared/sources/plan-transcript-edit';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';
import { readCurrentText } from '../repositories/source-texts';

export { TranscriptEditRefused } from '../../../shared/sources/plan-transcript-edit';

/**
 * "Edit transcript" (typo fixes) as one undoable step: reads the source, its text, its codings,
 * meaning units, golden quotes, theme quotes and messages, and applies planTranscriptEdit's writes, or rejects with TranscriptEditRefused.
 */
export async function editTranscript(history: History, input: { sourceId: Id; authorId: Id; edit: TextEdit }): Promise<Source> {
  const { db } = history;
  const { sourceId } = input;
  return history.run({ key: 'editTranscript' }, async (rec) => {
    const [source, text, codings, messages, meaningUnits, goldenQuotes, themeQuotes] = await Promise.all([
      db.sources.get(sourceId),
      readCurrentText(db, sourceId),
      db.codings.where('sourceId').equals(sourceId).toArray(),
      db.messages.where('sourceId').equals(sourceId).toArray(),
      db.meaningUnits.where('sourceId').equals(sourceId).toArray(),
      db.goldenQuotes.where('sourceId').equals(sourceId).toArray(),
      db.themeQuotes.where('sourceId').equals(sourceId).toArray(),
    ]);
    if (!source || text === undefined) throw new Error('The source is gone.');
    const rows = { source, text, codings, messages, meaningUnits, goldenQuotes, themeQuotes };
    return applyPlanned(rec, planTranscriptEdit(rows, input, planContext()));
  });
}
