/**
 * The document view's drawing half, built from DocumentView's own parts (its codings hook, the built
 * document, DocumentFrame with highlights, stripes and grips, and the codings list beside it), without
 * the screen around it (header, memo, palette), so the bench can drive it and time it.
 */
import { createElement, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Coding } from '../../../shared/model';
import { documentBlocks } from '../../../renderer/editor/blocks';
import { indexCodes } from '../../../renderer/features/coding/code-index';
import { DocumentCodes } from '../../../renderer/features/coding/DocumentCodes';
import { codeMime, DocumentFrame } from '../../../renderer/features/coding/DocumentFrame';
import { turnHeads } from '../../../renderer/features/coding/turn-heads';
import { useBuiltDocument } from '../../../renderer/features/coding/useBuiltDocument';
import { useDocumentCodings } from '../../../renderer/features/coding/useDocumentCodings';
import { useProjectCodes, useSourceCodings, useSourceData } from '../../../renderer/store/queries/source-document';

/** How the bench reaches into the view: told when the document is built; shows and settles codings as DocumentView does. */
export interface BenchViewHandle {
  onBuilt: () => void;
  /** The stored codings have been drawn (the turns built so far hold their highlights; later ones are built with them). */
  onCodingsDrawn?: () => void;
  show?: (c: Coding) => void;
  settle?: (id: string) => void;
  /** Resolves once the live query has read the coding back from IndexedDB. */
  storedHas?: (id: string) => Promise<void>;
}

const t = ((key: string) => key) as never;

export function BenchDocumentView({ projectId, sourceId, handle }: { projectId: string; sourceId: string; handle: BenchViewHandle }) {
  const data = useSourceData(projectId, sourceId);
  // The same query DocumentView's codings hook runs (a second subscriber): told when a write is read back.
  const stored = useSourceCodings(sourceId);
  const codings = useDocumentCodings(sourceId, data !== undefined);
  const codes = useProjectCodes(projectId);
  const built = useBuiltDocument();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);

  const waiting = useRef(new Map<string, () => void>());
  handle.show = codings.show;
  handle.settle = codings.settle;
  handle.storedHas = (id) =>
    new Promise<void>((resolve) => {
      if (stored?.some((c) => c.id === id)) resolve();
      else waiting.current.set(id, resolve);
    });
  useEffect(() => {
    for (const c of stored ?? []) waiting.current.get(c.id)?.();
  }, [stored]);
  // After the document's own layout effects in the same commit: the highlights are in the turns.
  useLayoutEffect(() => {
    if (stored && codings.codings.length >= stored.length) handle.onCodingsDrawn?.();
  }, [stored, codings.codings, handle]);

  const text = data?.text ?? '';
  const messages = data?.messages;
  const blocks = useMemo(() => (messages ? documentBlocks(text, messages) : []), [text, messages]);
  const heads = useMemo(() => turnHeads(blocks, 24, t, 'nb'), [blocks]);
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const onBuilt = built.onBuilt;
  const told = useMemo(
    () => ({
      ...built,
      onBuilt: (editor: LexicalEditor) => {
        onBuilt(editor);
        handle.onBuilt();
      },
    }),
    [built, onBuilt, handle],
  );

  // As DocumentView: the text is drawn as soon as it is read; the highlights follow when the codings are.
  if (!data) return null;
  const selected = selectedId ? codings.byId.get(selectedId) ?? null : null;
  return createElement(
    'div',
    { className: 'coding-layout' },
    createElement(DocumentFrame, {
      label: 'bench',
      text,
      blocks,
      heads,
      codings,
      index,
      built: told,
      selected,
      editorRef,
      onSelection: () => undefined,
      onSelectCoding: setSelectedId,
      onApply: () => undefined,
      onNoPinned: () => undefined,
      onCodeTurn: () => undefined,
      onMenu: () => undefined,
      onResize: () => undefined,
    }),
    createElement(
      'aside',
      { className: 'coding-side' },
      createElement(DocumentCodes, { index, codings: codings.codings, text, canCode: false, selectedId, dragType: codeMime, onApply: () => undefined, onSelectCoding: setSelectedId }),
    ),
  );
}
