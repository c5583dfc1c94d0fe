import { useMemo } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { LexicalEditor } from 'lexical';
import type { Piece } from '../../shared/ranges/pieces';
import type { Range } from '../../shared/ranges/range';
import { documentNodes } from './document-nodes';
import { DocumentContentPlugin, type TurnIndex } from './plugins/DocumentContentPlugin';
import { MarkStylePlugin, type CodingChanges, type MarkedCoding } from './plugins/MarkStylePlugin';
import { ReadOnlyTextPlugin } from './plugins/ReadOnlyTextPlugin';
import { SelectionPlugin } from './plugins/SelectionPlugin';
import type { TurnHead } from './TurnNode';

export interface SourceDocumentProps {
  label: string;
  text: string;
  heads: TurnHead[];
  blockPieces: Piece[][];
  /** The codings the marks hold, by id (a mark is coloured by its innermost coding's code). */
  codings: ReadonlyMap<string, MarkedCoding>;
  /** Which codings changed since the version before, when known. */
  codingChanges?: CodingChanges | null;
  selectedId: string | null;
  onSelection: (range: Range | null) => void;
  onBuilt?: (editor: LexicalEditor) => void;
  editorRef: React.RefObject<LexicalEditor | null>;
  turnIndexRef: React.RefObject<TurnIndex>;
}

/**
 * The Lexical view of one source: turns with their heads, highlights as marks holding coding ids.
 * The text can be selected with mouse or keyboard but never changed here.
 */
export function SourceDocument(props: SourceDocumentProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'kodebok-source',
      nodes: documentNodes,
      editable: true,
      theme: { mark: 'coding-mark', markOverlap: 'is-overlap' },
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ContentEditable
        className="document"
        aria-label={props.label}
        aria-readonly
        data-project-undo=""
        spellCheck={false}
        // Not "true": while an element with contentEditable "true" has focus, React walks its whole
        // DOM on every commit anywhere in the window to save and restore the selection (~60 ms on
        // a 500k-character transcript with 10,000 codings). The text is never typed into here
        // (ReadOnlyTextPlugin), and Lexical keeps its own selection, so that walk buys nothing.
        contentEditable="plaintext-only"
      />
      <EditorRefPlugin editorRef={props.editorRef} />
      <DocumentContentPlugin text={props.text} heads={props.heads} blockPieces={props.blockPieces} indexRef={props.turnIndexRef} onBuilt={props.onBuilt} />
      <SelectionPlugin onChange={props.onSelection} />
      <MarkStylePlugin codings={props.codings} changes={props.codingChanges} selectedId={props.selectedId} />
      <ReadOnlyTextPlugin />
    </LexicalComposer>
  );
}
