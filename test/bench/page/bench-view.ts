/**
 * The document view's drawing half as DocumentView composes it (the live queries, the optimistic
 * codings, highlights, stripes and the codings list), without the screen around it (header, memo,
 * palette), so the bench can drive it and time it.
 */
import { createElement, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Coding } from '../../../shared/model';
import { stripeLanes } from '../../../shared/ranges/lanes';
import { documentBlocks } from '../../../renderer/editor/blocks';
import { codeColorVariables } from '../../../renderer/editor/plugins/MarkStylePlugin';
import type { TurnIndex } from '../../../renderer/editor/plugins/DocumentContentPlugin';
import { SourceDocument } from '../../../renderer/editor/SourceDocument';
import { indexCodes } from '../../../renderer/features/coding/code-index';
import { CodingStripes } from '../../../renderer/features/coding/CodingStripes';
import { DocumentCodes } from '../../../renderer/features/coding/DocumentCodes';
import { turnHeads } from '../../../renderer/features/coding/turn-heads';
import { useBlockPieces } from '../../../renderer/features/coding/useBlockPieces';
import { useOptimisticCodings } from '../../../renderer/features/coding/useOptimisticCodings';
import { useStableCodings } from '../../../renderer/features/coding/useStableCodings';
import { useProjectCodes, useSourceCodings, useSourceData } from '../../../renderer/features/coding/useDocumentData';

/** How the bench reaches into the view: told when the document is built; shows and settles codings as DocumentView does. */
export interface BenchViewHandle {
  onBuilt: () => void;
  show?: (c: Coding) => void;
  settle?: (id: string) => void;
  /** Resolves once the live query has read the coding back from IndexedDB. */
  storedHas?: (id: string) => Promise<void>;
}

const noCodings: never[] = [];
const t = ((key: string) => key) as never;

export function BenchDocumentView({ projectId, sourceId, handle }: { projectId: string; sourceId: string; handle: BenchViewHandle }) {
  const data = useSourceData(projectId, sourceId);
  const stored = useSourceCodings(sourceId);
  const optimistic = useOptimisticCodings(stored ?? noCodings);
  const { show, settle } = optimistic;
  const codings = useStableCodings(optimistic.codings);
  const codes = useProjectCodes(projectId);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [content, setContent] = useState<HTMLElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const turnIndex = useRef<TurnIndex>({ keys: [], built: 0 });

  const waiting = useRef(new Map<string, () => void>());
  handle.show = show;
  handle.settle = settle;
  handle.storedHas = (id) =>
    new Promise<void>((resolve) => {
      if (stored?.some((c) => c.id === id)) resolve();
      else waiting.current.set(id, resolve);
    });
  useEffect(() => {
    for (const c of stored ?? []) waiting.current.get(c.id)?.();
  }, [stored]);

  const text = data?.text ?? '';
  const messages = data?.messages;
  const blocks = useMemo(() => (messages ? documentBlocks(text, messages) : []), [text, messages]);
  const heads = useMemo(() => turnHeads(blocks, 24, t, 'nb'), [blocks]);
  const blockPieces = useBlockPieces(blocks, codings, text.length);
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const codingById = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const lanes = useMemo(() => stripeLanes(codings), [codings]);
  const codeColors = useMemo(() => codeColorVariables(codes ?? []) as CSSProperties, [codes]);
  const onBuilt = useCallback(
    (editor: LexicalEditor) => {
      setContent(editor.getRootElement());
      setLayoutVersion((v) => v + 1);
      handle.onBuilt();
    },
    [handle],
  );

  if (!data || !stored) return null;
  return createElement(
    'div',
    { className: 'coding-layout' },
    createElement(
      'div',
      { className: 'document-frame', style: codeColors },
      createElement(CodingStripes, { content, codings, lanes, codes: index.byId, paths: index.paths, layoutVersion, selectedId, onSelect: setSelectedId }),
      createElement(SourceDocument, { label: 'bench', text, heads, blockPieces, codings: codingById, selectedId, onSelection: () => undefined, onBuilt, editorRef, turnIndexRef: turnIndex }),
    ),
    createElement(
      'aside',
      { className: 'coding-side' },
      createElement(DocumentCodes, { index, codings, text, canCode: false, selectedId, dragType: 'x', onApply: () => undefined, onSelectCoding: setSelectedId }),
    ),
  );
}
