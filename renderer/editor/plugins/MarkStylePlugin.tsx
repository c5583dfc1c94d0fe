import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, type LexicalEditor } from 'lexical';

/** How a highlight looks: the colour of its innermost coding, a second colour when codings overlap. */
export interface MarkLook {
  color: string;
  second: string | null;
  count: number;
  selected: boolean;
}

function paint(editor: LexicalEditor, key: string, look: (ids: string[]) => MarkLook) {
  const element = editor.getElementByKey(key);
  if (!element) return;
  const ids = editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return $isMarkNode(node) ? node.getIDs() : [];
  });
  const { color, second, count, selected } = look(ids);
  element.style.setProperty('--mark', color);
  element.style.setProperty('--mark-2', second ?? color);
  element.dataset.count = String(count);
  element.dataset.codings = ids.join(' ');
  element.classList.toggle('is-selected', selected);
}

/** Colours the marks from the codings they hold; the marks themselves hold nothing but ids. */
export function MarkStylePlugin({ look }: { look: (ids: string[]) => MarkLook }) {
  const [editor] = useLexicalComposerContext();
  const live = useRef(new Set<string>());
  const latest = useRef(look);
  useLayoutEffect(() => {
    latest.current = look;
    for (const key of live.current) paint(editor, key, look);
  }, [editor, look]);
  useEffect(
    () =>
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') live.current.delete(key);
            else {
              live.current.add(key);
              paint(editor, key, latest.current);
            }
          }
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
