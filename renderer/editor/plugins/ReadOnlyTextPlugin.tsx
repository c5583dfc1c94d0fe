import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

const block = (e: Event) => e.preventDefault();
const blocked = ['beforeinput', 'paste', 'cut'] as const;

/**
 * The document view keeps a caret (so text can be selected with Shift+arrows) but never lets
 * typing, pasting or cutting change the source: those are refused before the browser acts.
 */
export function ReadOnlyTextPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        for (const type of blocked) previous?.removeEventListener(type, block, true);
        for (const type of blocked) root?.addEventListener(type, block, true);
      }),
    [editor],
  );
  return null;
}
