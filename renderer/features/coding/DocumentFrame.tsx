import { useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Code, Coding } from '../../../shared/model';
import { firstCodings, lanesMayMove, stripeLanes } from '../../../shared/ranges/lanes';
import type { Range } from '../../../shared/ranges/range';
import type { Block } from '../../editor/blocks';
import type { TurnIndex } from '../../editor/plugins/DocumentContentPlugin';
import { codeColorVariables, type CodingChanges } from '../../editor/plugins/MarkStylePlugin';
import { SourceDocument } from '../../editor/SourceDocument';
import type { TurnHead } from '../../editor/TurnNode';
import type { CodeIndex } from './code-index';
import { CodingHandles } from './CodingHandles';
import type { CodingMenuState } from './CodingMenu';
import { CodingStripes } from './CodingStripes';
import { deltaSince, type CodingsSnapshot } from './codings-snapshot';
import type { BuiltDocument } from './useBuiltDocument';
import { useBlockPieces } from './useBlockPieces';
import type { DocumentCodings } from './useDocumentCodings';

/**
 * The margin lanes, the same Map as long as no code changed its lane (so the stripes need not be
 * drawn again). A step that adds or removes codings after each code's first one cannot move a lane,
 * and is told apart from the snapshot's delta without walking the codings.
 */
function useStableLanes(codings: CodingsSnapshot): Map<string, number> {
  const [kept, setKept] = useState(() => ({ codings, lanes: stripeLanes(codings.list), first: firstCodings(codings.list) }));
  if (kept.codings === codings) return kept.lanes;
  const delta = deltaSince(codings, kept.codings.version);
  const removed = delta ? [...delta.removed, ...delta.changed.map((c) => c.before)] : [];
  const added = delta ? [...delta.added, ...delta.changed.map((c) => c.after)] : [];
  if (delta && !lanesMayMove((id) => kept.first.get(id), added, removed)) {
    setKept({ ...kept, codings });
    return kept.lanes;
  }
  const next = stripeLanes(codings.list);
  const same = next.size === kept.lanes.size && [...next].every(([code, lane]) => kept.lanes.get(code) === lane);
  const lanes = same ? kept.lanes : next;
  setKept({ codings, lanes, first: firstCodings(codings.list) });
  return lanes;
}

/** The ids a snapshot changed, for the marks to repaint (see MarkStylePlugin). */
function changesOf(snapshot: CodingsSnapshot): CodingChanges | null {
  const delta = snapshot.delta;
  if (!delta) return null;
  const ids = [...delta.added, ...delta.removed, ...delta.changed.map((c) => c.after)].map((c) => c.id);
  return { fromVersion: delta.fromVersion, version: snapshot.version, ids };
}

/** The drag type a code carries from the codebook list to the text. */
export const codeMime = 'application/x-kodebok-code';

/**
 * The coded text: the document with its highlights, the margin stripes, the grips of the selected
 * coding, and the ways to code from the text itself (number keys for pinned codes, a turn's "code"
 * button, a code dropped on it, the right-click menu of a highlight).
 */
export function DocumentFrame(props: {
  label: string;
  text: string;
  blocks: Block[];
  heads: TurnHead[];
  codings: DocumentCodings;
  index: CodeIndex;
  built: BuiltDocument;
  selected: Coding | null;
  editorRef: React.RefObject<LexicalEditor | null>;
  onSelection: (range: Range | null) => void;
  onSelectCoding: (codingId: string) => void;
  onApply: (code: Code) => void;
  /** A number key with no code pinned to it. */
  onNoPinned: (key: string) => void;
  onCodeTurn: (block: Block) => void;
  onMenu: (menu: CodingMenuState) => void;
  onResize: (codingId: string, start: number, end: number) => void;
}) {
  const { text, blocks, codings, index, built, selected } = props;
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const turnIndex = useRef<TurnIndex>({ keys: [], built: 0 });
  const blockPieces = useBlockPieces(blocks, codings.snapshot, text.length);
  const lanes = useStableLanes(codings.snapshot);
  const codingChanges = useMemo(() => changesOf(codings.snapshot), [codings.snapshot]);
  // One CSS variable per code: the marks name their code, so recolouring a code repaints no mark from script.
  const codeColors = useMemo(() => codeColorVariables(index.byId.values()) as React.CSSProperties, [index]);
  const selectedId = selected?.id ?? null;

  return (
    <div
      ref={setFrame}
      className="document-frame"
      style={codeColors}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || !/^[0-9]$/.test(e.key)) return;
        const n = e.key === '0' ? 9 : Number(e.key) - 1;
        const code = index.pinned[n];
        e.preventDefault();
        if (code) props.onApply(code);
        else props.onNoPinned(e.key);
      }}
      onClick={(e) => {
        const button = (e.target as HTMLElement).closest<HTMLElement>('[data-code-turn]');
        const block = button && blocks[Number(button.dataset.codeTurn)];
        if (!block) return;
        e.preventDefault();
        props.onCodeTurn(block);
      }}
      onContextMenu={(e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-codings]');
        if (!mark) return;
        e.preventDefault();
        props.onMenu({ x: e.clientX, y: e.clientY, codingIds: (mark.dataset.codings ?? '').split(' ').filter(Boolean) });
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(codeMime)) e.preventDefault();
      }}
      onDrop={(e) => {
        const code = index.byId.get(e.dataTransfer.getData(codeMime));
        if (!code) return;
        e.preventDefault();
        props.onApply(code);
      }}
    >
      <CodingStripes
        content={built.content}
        codings={codings.snapshot}
        lanes={lanes}
        codes={index.byId}
        paths={index.paths}
        layoutVersion={built.layoutVersion}
        selectedId={selectedId}
        onSelect={props.onSelectCoding}
      />
      {selected && (
        <CodingHandles
          frame={frame}
          content={built.content}
          coding={selected}
          layoutVersion={built.layoutVersion}
          onResize={(start, end) => props.onResize(selected.id, start, end)}
        />
      )}
      <SourceDocument
        label={props.label}
        text={text}
        heads={props.heads}
        blockPieces={blockPieces}
        codings={codings.byId}
        codingChanges={codingChanges}
        selectedId={selectedId}
        onSelection={props.onSelection}
        onBuilt={built.onBuilt}
        editorRef={props.editorRef}
        turnIndexRef={turnIndex}
      />
    </div>
  );
}
