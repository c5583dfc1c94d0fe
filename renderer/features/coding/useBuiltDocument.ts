import { useCallback, useEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Range } from '../../../shared/ranges/range';
import { focusDocumentStart, selectRange } from '../../editor/select-range';

/** Reads "#/sources/<id>?at=start-end" so retrieval can jump to a segment. */
function requestedRange(): Range | null {
  const match = /[?&]at=(\d+)-(\d+)/.exec(window.location.hash);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

export interface BuiltDocument {
  /** The document's laid-out text, once built. */
  content: HTMLElement | null;
  /** Changes whenever the document's layout may have changed (built, resized): stripes and grips measure again. */
  layoutVersion: number;
  onBuilt: (editor: LexicalEditor) => void;
}

/**
 * The document once it is built: where its text lies, when its layout changed, and the caret put
 * in it the first time — on the segment retrieval asked for, or at the start of the first turn, so
 * the keyboard is in the text at once.
 */
export function useBuiltDocument(): BuiltDocument {
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [content, setContent] = useState<HTMLElement | null>(null);
  const pendingAt = useRef(requestedRange());
  const placed = useRef(false);
  const onBuilt = useCallback((editor: LexicalEditor) => {
    setContent(editor.getRootElement());
    setLayoutVersion((v) => v + 1);
    if (placed.current) return;
    placed.current = true;
    const at = pendingAt.current;
    pendingAt.current = null;
    // Never take focus from where the user already went while a long document was being built.
    const active = document.activeElement;
    const idle = !active || active === document.body || active.id === 'screen-title' || active.id === 'main';
    if (idle) editor.getRootElement()?.focus({ preventScroll: true });
    if (at) selectRange(editor, at.start, at.end);
    else if (idle) focusDocumentStart(editor);
  }, []);

  // Stripes and grips are measured from the laid-out text: measure again when its size changes.
  useEffect(() => {
    if (!content) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutVersion((v) => v + 1));
    });
    observer.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [content]);

  return { content, layoutVersion, onBuilt };
}
