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

function paint(element: HTMLElement, ids: string[], look: (ids: string[]) => MarkLook) {
  const { color, second, count, selected } = look(ids);
  element.style.setProperty('--mark', color);
  element.style.setProperty('--mark-2', second ?? color);
  element.dataset.count = String(count);
  element.dataset.codings = ids.join(' ');
  element.classList.toggle('is-selected', selected);
}

function markIds(editor: LexicalEditor, key: string): string[] {
  return editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return $isMarkNode(node) ? node.getIDs() : [];
  });
}

/** Colours the marks from the codings they hold; the marks themselves hold nothing but ids. */
export function MarkStylePlugin({ look }: { look: (ids: string[]) => MarkLook }) {
  const [editor] = useLexicalComposerContext();
  const live = useRef(new Set<string>());
  const latest = useRef(look);
  useLayoutEffect(() => {
    latest.current = look;
    // Repaint from the ids already on each element: no editor reads for a colour or selection change.
    for (const key of live.current) {
      const element = editor.getElementByKey(key);
      if (element) paint(element, (element.dataset.codings ?? '').split(' ').filter(Boolean), look);
    }
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
              const element = editor.getElementByKey(key);
              if (element) paint(element, markIds(editor, key), latest.current);
            }
          }
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
