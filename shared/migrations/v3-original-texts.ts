import type { SourceEdit, SourceText } from '../model';
import { originalText } from '../sources/current-text';

/**
 * v2 → v3, row by row: schema version 2 wrote a typo fix into the stored text; version 3 keeps the
 * text as imported and derives the current text from the fix log. Each text with fixes gets its
 * fixes undone (originalText), so the derived text is exactly the text it had. Texts without
 * fixes are returned as they are. The Dexie upgrade (renderer/store/upgrades/v3-original-texts.ts)
 * and the restore of a version-2 backup both call this.
 */
export function originalTexts(texts: readonly SourceText[], edits: readonly SourceEdit[]): SourceText[] {
  const editsOf = new Map<string, SourceEdit[]>();
  for (const edit of edits) editsOf.set(edit.sourceId, [...(editsOf.get(edit.sourceId) ?? []), edit]);
  return texts.map((stored) => {
    const fixes = editsOf.get(stored.sourceId);
    return fixes ? { ...stored, ...originalText(stored.text, fixes) } : stored;
  });
}
