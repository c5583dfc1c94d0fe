import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type EditorState } from 'lexical';
import type { Range } from '../../../shared/ranges/range';
import { $pointToOffset } from '../document-nodes';

/** Reports the editor selection as source offsets (start === end for a caret), or null outside the text. */
export function SelectionPlugin({ onChange }: { onChange: (range: Range | null) => void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let previous = '';
    const report = (editorState: EditorState) => {
      const range = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const a = $pointToOffset(selection.anchor);
        const f = $pointToOffset(selection.focus);
        return a === null || f === null ? null : { start: Math.min(a, f), end: Math.max(a, f) };
      });
      const key = range ? `${range.start}-${range.end}` : '';
      if (key === previous) return;
      previous = key;
      latest.current(range);
    };
    const unregister = editor.registerUpdateListener(({ editorState }) => report(editorState));
    // A short document is built, and its caret placed, in a layout effect before this effect runs.
    report(editor.getEditorState());
    return unregister;
  }, [editor]);
  return null;
}
