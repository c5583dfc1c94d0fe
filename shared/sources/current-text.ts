import type { SourceEdit, SourceText } from '../model';

/**
 * A source's text is stored once, as imported (`sourceTexts`, never changed); typo fixes are an
 * append-only log (`sourceEdits`). The text the codings point into is derived from the two.
 */

/** The log in the order the fixes were made: by time, then by id (ULIDs sort by creation). */
export function inEditOrder(edits: readonly SourceEdit[]): SourceEdit[] {
  const byId = (a: SourceEdit, b: SourceEdit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...edits].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : byId(a, b)));
}

function applyEdit(text: string, edit: SourceEdit): string {
  return text.slice(0, edit.start) + edit.inserted + text.slice(edit.start + edit.removed.length);
}

/**
 * The current text: the stored text with every fix of the log after `appliedThrough` applied in
 * order. `appliedThrough` is set only on texts carried over from before the log was kept apart
 * (see originalText), whose fixes up to that edit are already in the stored text.
 */
export function currentText(stored: Pick<SourceText, 'text' | 'appliedThrough'>, edits: readonly SourceEdit[]): string {
  const ordered = inEditOrder(edits);
  // Fixes up to and including `appliedThrough` are already in a carried-over text.
  const from = stored.appliedThrough ? ordered.findIndex((e) => e.id === stored.appliedThrough) + 1 : 0;
  let text = stored.text;
  for (const edit of ordered.slice(from)) text = applyEdit(text, edit);
  return text;
}

/**
 * Undoes the logged fixes on a text that already has them (how schema version 2 stored fixes: in
 * place), giving back the text as imported. When the log does not fit the text (a fix's inserted
 * text is not where the log says), nothing is guessed: the text is kept and marked as holding
 * every fix so far (`appliedThrough`), so the current text is still exactly what it was.
 */
export function originalText(current: string, edits: readonly SourceEdit[]): Pick<SourceText, 'text' | 'appliedThrough'> {
  const ordered = inEditOrder(edits);
  let text = current;
  for (const edit of [...ordered].reverse()) {
    if (text.slice(edit.start, edit.start + edit.inserted.length) !== edit.inserted) {
      return { text: current, appliedThrough: ordered.at(-1)!.id };
    }
    text = text.slice(0, edit.start) + edit.removed + text.slice(edit.start + edit.inserted.length);
  }
  return { text };
}
