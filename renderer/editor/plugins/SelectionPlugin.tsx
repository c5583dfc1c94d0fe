import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
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
    return editor.registerUpdateListener(({ editorState }) => {
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
    });
  }, [editor]);
  return null;
}
