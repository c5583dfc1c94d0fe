import { $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { $findRun, $pointToOffset } from './document-nodes';
import { $isTurnNode } from './TurnNode';

/**
 * Puts keyboard focus in the document with the caret at the start of its first turn, without
 * scrolling: a source that has just opened is read from the top, and Shift+arrows select at once.
 * Focus goes first because Lexical only moves the browser's caret inside a focused editor.
 */
export function focusDocumentStart(editor: LexicalEditor): void {
  const start = editor.getEditorState().read(() => {
    const first = $getRoot().getFirstChild();
    return $isTurnNode(first) ? first.getHead().start : 0;
  });
  editor.getRootElement()?.focus({ preventScroll: true });
  selectRange(editor, start, start, false);
}

/** The selection as source offsets (anchor, focus), or null when there is none in the text. */
export function $selectionOffsets(): { anchor: number; focus: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = $pointToOffset(selection.anchor);
  const focus = $pointToOffset(selection.focus);
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** Selects from one source offset to another; the anchor's text node key, or null when either is not in the text. */
function $selectOffsets(anchor: number, focus: number): string | null {
  const a = $findRun(anchor);
  const b = $findRun(focus);
  if (!a || !b) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(a.node.getKey(), a.offset, 'text');
  selection.focus.set(b.node.getKey(), b.offset, 'text');
  $setSelection(selection);
  return a.node.getKey();
}

/** Puts the selection back on the same source offsets (after the runs under it were drawn anew). */
export function $restoreSelection(offsets: { anchor: number; focus: number } | null): void {
  if (offsets) $selectOffsets(offsets.anchor, offsets.focus);
}

/** Selects source offsets [start, end) in the document view and (unless told not to) scrolls them into the middle of the view. */
export function selectRange(editor: LexicalEditor, start: number, end: number, scroll = true): boolean {
  let anchorKey: string | null = null;
  editor.update(
    () => {
      anchorKey = $selectOffsets(start, end);
    },
    { discrete: true },
  );
  if (anchorKey === null) return false;
  if (scroll) editor.getElementByKey(anchorKey)?.scrollIntoView({ block: 'center' });
  return true;
}
