import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical';
import type { Piece } from '../../../shared/ranges/pieces';
import { piecesSignature } from '../blocks';
import { $appendTurn, $fillTurn, $patchTurn } from '../document-nodes';
import { $isSourceTextNode } from '../SourceTextNode';
import { $isTurnNode, type TurnHead } from '../TurnNode';
import { $restoreSelection, $selectionOffsets } from '../select-range';

/** Updates made by the view itself; anything else that touches the text is undone (sources are immutable). */
export const buildTag = 'kodebok-build';

/** Turns painted before the first frame; the rest follow in the background so long transcripts open at once. */
const firstChunk = 60;
const laterChunk = 500;

export interface TurnIndex {
  /** Lexical node key of each built turn, by block index. */
  keys: string[];
  built: number;
}

/**
 * Fills the editor with the source's turns and keeps highlights in step with the codings: when
 * codings change, only turns whose highlight pieces changed are rebuilt.
 */
export function DocumentContentPlugin(props: {
  text: string;
  heads: TurnHead[];
  blockPieces: Piece[][];
  indexRef: React.RefObject<TurnIndex>;
  onBuilt?: (editor: LexicalEditor) => void;
}) {
  const { text, heads, blockPieces, indexRef, onBuilt } = props;
  const [editor] = useLexicalComposerContext();
  const signatures = useRef<string[]>([]);
  /** The pieces each built turn was last drawn from: a turn handed the very same array is not looked at again. */
  const drawn = useRef<Piece[][]>([]);
  const latestPieces = useRef(blockPieces);
  const latestOnBuilt = useRef(onBuilt);
  useLayoutEffect(() => {
    latestPieces.current = blockPieces;
    latestOnBuilt.current = onBuilt;
  });

  useLayoutEffect(() => {
    // Same turns, new text or heads (a typo fix, its undo, a changed role): update the turns in
    // place, rebuilding only those whose head or highlights changed, so the view does not jump.
    const index = indexRef.current;
    if (heads.length > 0 && index.built === heads.length && index.keys.length === heads.length) {
      editor.update(
        () => {
          heads.forEach((head, i) => {
            const turn = $getNodeByKey(index.keys[i]!);
            if (!$isTurnNode(turn)) return;
            const pieces = latestPieces.current[i] ?? [];
            const signature = piecesSignature(pieces);
            const sameHead = JSON.stringify(turn.getHead()) === JSON.stringify(head);
            const sameText = turn.getTextContent() === text.slice(head.start, head.end);
            if (sameHead && sameText && signature === signatures.current[i]) return;
            if (!sameHead) turn.setHead(head);
            $fillTurn(turn, text, pieces);
            signatures.current[i] = signature;
            drawn.current[i] = pieces;
          });
        },
        { discrete: true, tag: buildTag },
      );
      latestOnBuilt.current?.(editor);
      return;
    }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    indexRef.current = { keys: [], built: 0 };
    signatures.current = [];
    drawn.current = [];
    const build = (count: number) => {
      editor.update(
        () => {
          const root = $getRoot();
          if (indexRef.current.built === 0) root.clear();
          const end = Math.min(heads.length, indexRef.current.built + count);
          for (let i = indexRef.current.built; i < end; i++) {
            const pieces = latestPieces.current[i] ?? [];
            indexRef.current.keys[i] = $appendTurn(heads[i]!, text, pieces).getKey();
            signatures.current[i] = piecesSignature(pieces);
            drawn.current[i] = pieces;
          }
          indexRef.current.built = end;
        },
        { discrete: true, tag: buildTag },
      );
      if (cancelled) return;
      if (indexRef.current.built < heads.length) timer = setTimeout(() => build(laterChunk), 0);
      else latestOnBuilt.current?.(editor);
    };
    build(firstChunk);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [editor, text, heads, indexRef]);

  // Codings changed: rebuild just the turns whose highlights differ. Turns handed the same pieces
  // array as last time are skipped without a look (a coding added in one turn touches one turn).
  useLayoutEffect(() => {
    const changed: number[] = [];
    for (let i = 0; i < indexRef.current.built; i++) {
      const pieces = blockPieces[i];
      if (pieces !== undefined && pieces === drawn.current[i]) continue;
      if (piecesSignature(pieces ?? []) !== signatures.current[i]) changed.push(i);
      else if (pieces) drawn.current[i] = pieces;
    }
    if (changed.length === 0) return;
    editor.update(
      () => {
        // Highlights change under the reader's caret or selection (codings read in after the text, a
        // coding made in another window): it stays on the same words.
        const root = editor.getRootElement();
        const focused = root !== null && root.contains(document.activeElement);
        const selection = focused ? $selectionOffsets() : null;
        for (const i of changed) {
          const turn = $getNodeByKey(indexRef.current.keys[i]!);
          if (!$isTurnNode(turn)) continue;
          const pieces = blockPieces[i] ?? [];
          $patchTurn(turn, text, drawn.current[i] ?? [], pieces);
          signatures.current[i] = piecesSignature(pieces);
          drawn.current[i] = pieces;
        }
        $restoreSelection(selection);
      },
      { discrete: true, tag: buildTag },
    );
  }, [editor, text, blockPieces, indexRef]);

  // Anything that changed the text without us (IME composition, a browser extension) is put back.
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyLeaves, tags, editorState }) => {
        if (tags.has(buildTag) || dirtyLeaves.size === 0) return;
        const damaged = new Set<string>();
        editorState.read(() => {
          for (const key of dirtyLeaves) {
            const node = $getNodeByKey(key);
            if (!$isSourceTextNode(node)) continue;
            const start = node.getStart();
            const content = node.getTextContent();
            if (content.length === 0 || content !== text.slice(start, start + content.length)) {
              const turn = node.getParents().find($isTurnNode);
              if (turn) damaged.add(turn.getKey());
            }
          }
        });
        if (damaged.size === 0) return;
        editor.update(
          () => {
            for (const key of damaged) {
              const turn = $getNodeByKey(key);
              if (!$isTurnNode(turn)) continue;
              const index = turn.getHead().index;
              const pieces = latestPieces.current[index] ?? [];
              $fillTurn(turn, text, pieces);
              signatures.current[index] = piecesSignature(pieces);
              drawn.current[index] = pieces;
            }
          },
          { tag: buildTag },
        );
      }),
    [editor, text],
  );
  return null;
}
