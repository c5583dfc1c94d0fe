import { $createRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { $findRun } from './document-nodes';

/** Selects source offsets [start, end) in the document view and scrolls them into the middle of the view. */
export function selectRange(editor: LexicalEditor, start: number, end: number): boolean {
  let anchorKey: string | null = null;
  editor.update(
    () => {
      const a = $findRun(start);
      const b = $findRun(end);
      if (!a || !b) return;
      const selection = $createRangeSelection();
      selection.anchor.set(a.node.getKey(), a.offset, 'text');
      selection.focus.set(b.node.getKey(), b.offset, 'text');
      $setSelection(selection);
      anchorKey = a.node.getKey();
    },
    { discrete: true },
  );
  if (anchorKey === null) return false;
  editor.getElementByKey(anchorKey)?.scrollIntoView({ block: 'center' });
  return true;
}
