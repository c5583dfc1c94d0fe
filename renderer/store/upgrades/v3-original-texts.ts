import type { Transaction } from 'dexie';
import type { SourceEdit, SourceText } from '../../../shared/model';
import { originalTexts } from '../../../shared/migrations/v3-original-texts';

/** v2 → v3: stored texts go back to the text as imported; fixes stay in the log (see {@link originalTexts}). */
export async function keepOriginalTexts(tx: Transaction): Promise<void> {
  const edits = (await tx.table('sourceEdits').toArray()) as SourceEdit[];
  if (edits.length === 0) return;
  const fixed = (await tx.table('sourceTexts').bulkGet([...new Set(edits.map((e) => e.sourceId))])) as (SourceText | undefined)[];
  await tx.table('sourceTexts').bulkPut(originalTexts(fixed.filter((t): t is SourceText => t !== undefined), edits));
}
