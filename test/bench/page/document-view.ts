/**
 * Opens a 200-page transcript (~500k characters) with 2,000 codings in the real Lexical document
 * view and measures first paint, the full build, and adding one coding (until its mark is in the
 * DOM), against plain DOM paragraphs of the same text.
 */
import { createElement, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { LexicalEditor } from 'lexical';
import type { Coding } from '../../../shared/model';
import { coverPieces } from '../../../shared/ranges/pieces';
import { documentBlocks, piecesByBlock } from '../../../renderer/editor/blocks';
import type { TurnIndex } from '../../../renderer/editor/plugins/DocumentContentPlugin';
import { SourceDocument } from '../../../renderer/editor/SourceDocument';
import type { TurnHead } from '../../../renderer/editor/TurnNode';
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
  let setCodings: (c: Coding[]) => void = () => undefined;
  let built: () => void = () => undefined;
  const builtPromise = new Promise<void>((resolve) => (built = resolve));
  function Bench() {
    const [codings, set] = useState(initial);
    setCodings = set;
    const blockPieces = useMemo(() => piecesByBlock(blocks, coverPieces(codings, text.length)), [codings]);
    const editorRef = useRef<LexicalEditor | null>(null);
    const index = useRef<TurnIndex>({ keys: [], built: 0 });
    return createElement(SourceDocument, {
      label: 'bench',
      text,
      heads,
      blockPieces,
      look,
      onSelection: () => undefined,
      onBuilt: () => built(),
      editorRef,
      turnIndexRef: index,
    });
  }
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(createElement(Bench)));
  host.getBoundingClientRect();
  await nextFrame();
  const firstPaint = performance.now() - start;
  await builtPromise;
  const fullBuild = performance.now() - start;
  await nextFrame();

  let codings = initial;
  const addTimes: number[] = [];
  for (let i = 0; i < 25; i++) {
    const m = messages[(i * 37) % messages.length]!;
    const coding: Coding = { ...initial[0]!, id: `new${i}`, start: m.start + 3, end: m.start + 40 };
    codings = [...codings, coding];
    const t0 = performance.now();
    flushSync(() => setCodings(codings));
    if (!host.querySelector(`mark[data-codings~="new${i}"]`)) throw new Error('the new coding was not drawn');
    addTimes.push(performance.now() - t0);
    await nextFrame();
  }
  root.unmount();
  host.remove();

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
      name: 'add one coding until its highlight is drawn (median of 25)',
      ms: median(addTimes),
      target: '< 16 ms',
      note: `slowest ${Math.max(...addTimes).toFixed(1)} ms; recomputes highlight pieces for all 2,000+ codings, rebuilds only changed turns`,
    },
  ];
}
