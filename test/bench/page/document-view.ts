/**
 * Opens a 200-page transcript (~500k characters) with 2,000 codings in the real Lexical document
 * view and measures first paint (against plain DOM paragraphs of the same text) and the full build;
 * then adds codings the way the document view does: drawn at once, stored in the background.
 */
import { createElement, useEffect, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { LexicalEditor } from 'lexical';
import type { Coding } from '../../../shared/model';
import { coverPieces } from '../../../shared/ranges/pieces';
import { documentBlocks, piecesByBlock } from '../../../renderer/editor/blocks';
import type { TurnIndex } from '../../../renderer/editor/plugins/DocumentContentPlugin';
import { SourceDocument } from '../../../renderer/editor/SourceDocument';
import type { TurnHead } from '../../../renderer/editor/TurnNode';
import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { addCoding } from '../../../renderer/store/commands/codings';
import { useOptimisticCodings } from '../../../renderer/features/coding/useOptimisticCodings';
import type { BenchRow } from '../row';
import { syntheticCodings, syntheticTranscript } from './synthetic-transcript';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchDocumentView(): Promise<BenchRow[]> {
  const { text, messages } = syntheticTranscript(500_000);
  const initial = syntheticCodings(messages, 2000);
  const blocks = documentBlocks(text, messages);
  const heads: TurnHead[] = blocks.map((b) => ({
    index: b.index,
    start: b.start,
    end: b.end,
    speaker: b.message!.speaker,
    role: b.message!.role,
    roleLabel: b.message!.role,
    timestamp: null,
    delayLabel: null,
    lateLabel: null,
    codeTurnLabel: 'Kod tur',
  }));
  const look = () => ({ color: '#1f5f8b', second: null, count: 1, selected: false });

  // Baseline: the same text as plain paragraphs in one innerHTML write.
  const plain = document.createElement('div');
  document.body.append(plain);
  const plainStart = performance.now();
  plain.innerHTML = blocks.map((b) => `<p>${text.slice(b.start, b.end)}</p>`).join('');
  plain.getBoundingClientRect();
  await nextFrame();
  const plainMs = performance.now() - plainStart;
  plain.remove();

  const host = document.createElement('div');
  document.body.append(host);
  let built: () => void = () => undefined;
  const builtPromise = new Promise<void>((resolve) => (built = resolve));
  /** The document view as the app renders it, for a list of codings. */
  function BenchDocument(props: { codings: Coding[]; onBuilt: () => void }) {
    const blockPieces = useMemo(() => piecesByBlock(blocks, coverPieces(props.codings, text.length)), [props.codings]);
    const editorRef = useRef<LexicalEditor | null>(null);
    const index = useRef<TurnIndex>({ keys: [], built: 0 });
    return createElement(SourceDocument, {
      label: 'bench',
      text,
      heads,
      blockPieces,
      look,
      onSelection: () => undefined,
      onBuilt: props.onBuilt,
      editorRef,
      turnIndexRef: index,
    });
  }
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(createElement(BenchDocument, { codings: initial, onBuilt: () => built() })));
  host.getBoundingClientRect();
  await nextFrame();
  const firstPaint = performance.now() - start;
  await builtPromise;
  const fullBuild = performance.now() - start;
  await nextFrame();

  root.unmount();
  host.remove();

  // The whole path a user's key press takes: the command (one Dexie transaction with its undo
  // record), the live query re-reading the source's codings, React, and the view.
  const db = createDatabase(`bench-doc-${Date.now()}`);
  await db.open();
  await db.codings.bulkAdd(initial);
  const history = new History(db);
  const liveHost = document.createElement('div');
  document.body.append(liveHost);
  let liveBuilt: () => void = () => undefined;
  const liveBuiltPromise = new Promise<void>((resolve) => (liveBuilt = resolve));
  let showNow: (c: Coding) => void = () => undefined;
  let storedIds = new Set<string>();
  let storedChanged: () => void = () => undefined;
  function LiveBench() {
    const stored = useLiveQuery(() => db.codings.where('sourceId').equals('bench').toArray(), []);
    const { codings, show } = useOptimisticCodings(stored ?? initial);
    showNow = show;
    useEffect(() => {
      storedIds = new Set((stored ?? []).map((c) => c.id));
      storedChanged();
    }, [stored]);
    return stored ? createElement(BenchDocument, { codings, onBuilt: () => liveBuilt() }) : null;
  }
  const liveRoot = createRoot(liveHost);
  liveRoot.render(createElement(LiveBench));
  await liveBuiltPromise;
  await nextFrame();
  const storedHas = (id: string) =>
    new Promise<void>((resolve) => {
      if (storedIds.has(id)) return resolve();
      storedChanged = () => storedIds.has(id) && resolve();
    });
  const seen: number[] = [];
  const endToEnd: number[] = [];
  for (let i = 0; i < 25; i++) {
    const m = messages[(i * 53) % messages.length]!;
    const input = { id: `live${i}`, projectId: 'bench', sourceId: 'bench', codeId: 'code1', coderId: 'coder', start: m.start + 2, end: m.start + 30 };
    const t0 = performance.now();
    // What DocumentView does: draw at once, store in the background.
    flushSync(() => showNow({ ...input, authorId: 'coder', createdAt: '', updatedAt: '' }));
    if (!liveHost.querySelector(`mark[data-codings~="${input.id}"]`)) throw new Error('the new coding was not drawn');
    seen.push(performance.now() - t0);
    await addCoding(history, { coding: input, codeName: 'bench' });
    await storedHas(input.id);
    endToEnd.push(performance.now() - t0);
    await nextFrame();
  }
  liveRoot.unmount();
  liveHost.remove();
  db.close();
  await Dexie.delete(db.name);

  const turns = blocks.length;
  return [
    {
      name: `open ${Math.round(text.length / 1000)}k-char transcript, 2,000 codings: first paint`,
      ms: firstPaint,
      baselineName: 'plain <p> paragraphs, one innerHTML',
      baselineMs: plainMs,
      target: '< 300 ms',
      note: `${turns} turns; the first ${Math.min(60, turns)} are painted at once, the rest follow in the background: whole document built in ${fullBuild.toFixed(0)} ms`,
    },
    {
      name: 'add one coding in the app: drawn (before it is stored)',
      ms: median(seen),
      target: '< 16 ms',
      note: `slowest ${Math.max(...seen).toFixed(1)} ms; the coding is shown at once and written in the background`,
    },
    {
      name: 'add one coding in the app: stored and read back',
      ms: median(endToEnd),
      note: `for reading, no target; slowest ${Math.max(...endToEnd).toFixed(1)} ms; one Dexie transaction with its undo record, then the live query re-reads the source's 2,000+ codings`,
    },
  ];
}
