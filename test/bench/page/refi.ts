/**
 * `npm run bench -- --only refi`: reading the 2.4 MB NVivo for Mac export (OltasSzkepticizmus_17June.qdpx,
 * 152 codes, 2 sources of 0.6 MB text with 892 emoji, 297 selections) in Chromium, as the app's
 * File > Import REFI-QDA project does before its preview: unzip through the guard, parse, check,
 * decode, place every selection. run.ts copies the file from the shared fixtures next to the page.
 * The baseline is the raw libraries alone on the same file: fflate's unzipSync and a bare saxen pass.
 */
// saxen ships no types; the test project does not include shared/'s ambient declaration of it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../shared/import/saxen.d.ts" />
import { unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { readRefi } from '../../../shared/exchange/refi/read';
import { webImportEnvironment } from '../../../renderer/features/import/web-environment';
import type { BenchRow } from '../row';

export const refiBenchFile = 'refi-bench.qdpx';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchRefi(log: (line: string) => void, runs = 5): Promise<BenchRow[]> {
  const response = await fetch(`./${refiBenchFile}`);
  if (!response.ok) throw new Error(`${refiBenchFile} is missing: run.ts copies it from the shared fixtures with --only refi`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  log(`refi: ${(bytes.length / 1e6).toFixed(2)} MB`);
  let n = 0;
  const env = { ...webImportEnvironment, newId: () => String(++n), now: new Date().toISOString() };
  const read = async () => {
    const start = performance.now();
    const result = await readRefi({ fileName: 'OltasSzkepticizmus_17June.qdpx', bytes }, env);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { ms, result };
  };
  const raw = () => {
    const start = performance.now();
    const files = unzipSync(bytes);
    const qde = Object.entries(files).find(([name]) => name.endsWith('.qde'))![1];
    const parser = new Parser();
    let elements = 0;
    parser.on('openTag', (_name, attrs) => {
      attrs();
      elements++;
    });
    parser.on('error', (error) => {
      throw error;
    });
    parser.parse(new TextDecoder().decode(qde));
    if (elements < 1000) throw new Error(`the bare saxen pass saw only ${elements} elements`);
    return performance.now() - start;
  };
  const first = await read(); // warm-up: JIT
  raw();
  const times: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push((await read()).ms);
    rawTimes.push(raw());
  }
  const { counts, unplaced } = first.result.report;
  return [
    {
      name: 'read REFI-QDA .qdpx, NVivo Mac 2.4 MB (preview ready)',
      ms: median(times),
      baselineName: 'fflate unzipSync + bare saxen pass',
      baselineMs: median(rawTimes),
      target: '< 3000 ms',
      note: `first (cold) read ${first.ms.toFixed(0)} ms; ${counts.codes} codes, ${counts.sources} sources, ${counts.selections} selections, ${counts.placedCodings} codings placed, ${unplaced.length} unplaced`,
    },
  ];
}
