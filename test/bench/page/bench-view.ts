/**
 * The document view's drawing half as DocumentView composes it (the live queries, the optimistic
 * codings, highlights, stripes and the codings list), without the screen around it (header, memo,
 * palette), so the bench can drive it and time it.
 */
import { createElement, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Coding } from '../../../shared/model';
import { coverPieces } from '../../../shared/ranges/pieces';
import { stripeLanes } from '../../../shared/ranges/lanes';
import { documentBlocks, piecesByBlock } from '../../../renderer/editor/blocks';
import type { TurnIndex } from '../../../renderer/editor/plugins/DocumentContentPlugin';
import { SourceDocument } from '../../../renderer/editor/SourceDocument';
import { indexCodes } from '../../../renderer/features/coding/code-index';
import { CodingStripes } from '../../../renderer/features/coding/CodingStripes';
import { DocumentCodes } from '../../../renderer/features/coding/DocumentCodes';
import { turnHeads } from '../../../renderer/features/coding/turn-heads';
import { useOptimisticCodings } from '../../../renderer/features/coding/useOptimisticCodings';
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
  const { codings, show, settle } = useOptimisticCodings(stored ?? noCodings);
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
  const blockPieces = useMemo(() => piecesByBlock(blocks, coverPieces(codings, text.length)), [blocks, codings, text]);
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const codingById = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const lanes = useMemo(() => stripeLanes(codings), [codings]);
  const look = useCallback(
    (ids: string[]) => {
      const here = ids.map((id) => codingById.get(id)).filter((c) => c !== undefined).sort((a, b) => a.end - a.start - (b.end - b.start));
      const color = (i: number) => (here[i] ? index.byId.get(here[i]!.codeId)?.color ?? '#888888' : null);
      return { color: color(0) ?? '#888888', second: color(1), count: here.length, selected: selectedId !== null && ids.includes(selectedId) };
    },
    [codingById, index, selectedId],
  );
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
      { className: 'document-frame' },
      createElement(CodingStripes, { content, codings, lanes, codes: index.byId, paths: index.paths, layoutVersion, selectedId, onSelect: setSelectedId }),
      createElement(SourceDocument, { label: 'bench', text, heads, blockPieces, look, onSelection: () => undefined, onBuilt, editorRef, turnIndexRef: turnIndex }),
    ),
    createElement(
      'aside',
      { className: 'coding-side' },
      createElement(DocumentCodes, { index, codings, text, canCode: false, selectedId, dragType: 'x', onApply: () => undefined, onSelectCoding: setSelectedId }),
    ),
  );
}
