/**
 * Runs in Chromium (real IndexedDB). Measures importing 1,000 dialogue threads (~5 MB) end to end
 * — parse, prepare, one Dexie transaction — against raw Dexie bulkPut of the same records.
 */
import '../../../renderer/styles/app.css';
import Dexie from 'dexie';
import { importFile } from '../../../shared/import';
import { createDatabase } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/repositories/projects';
import { importSources } from '../../../renderer/store/repositories/sources';
import { defaultChoices, entrySources, prepareBatch, queuedEntry, type FileEntry } from '../../../renderer/features/import/batch';
import { webImportEnvironment } from '../../../renderer/features/import/web-environment';
import { newId } from '../../../renderer/store/ids';
import { syntheticDialogueFile } from './synthetic-threads';
import type { BenchRow } from '../row';
import { benchDocumentView } from './document-view';
import { benchRetrieval } from './retrieval';
import { benchStc } from './stc';
import { benchCharts } from './charts';
import { benchSearch } from './search';
import { benchRefi } from './refi';
import { benchAgreement } from './agreement';


const out = document.getElementById('out')!;
// Also to the console, which run.ts forwards to stderr: a long run shows where it is.
const log = (line: string) => {
  out.textContent += `\n${line}`;
  console.info(line);
};

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function median(runs: number, fn: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function importEndToEnd(bytes: Uint8Array): Promise<{ ms: number; parseMs: number; sources: number; messages: number }> {
  const name = `bench-${newId()}`;
  const db = createDatabase(name);
  await db.open();
  const project = await createProject(db, { name: 'Bench' });
  const start = performance.now();
  const result = await importFile({ fileName: 'bench.txt', bytes }, webImportEnvironment);
  const parseMs = performance.now() - start;
  const entry: FileEntry = { ...queuedEntry('b', 'bench.txt', bytes.length), status: 'parsed', result };
  const prepared = prepareBatch([{ ...entry, sources: defaultChoices(entrySources(entry)) }], new Date().toISOString());
  await importSources(db, project.id, prepared);
  const ms = performance.now() - start;
  const counts = { sources: await db.sources.count(), messages: await db.messages.count() };
  db.close();
  await Dexie.delete(name);
  return { ms, parseMs, ...counts };
}

/** The same records, built beforehand, written with plain bulkPut in one transaction. */
async function rawBulkPut(bytes: Uint8Array): Promise<number> {
  const result = await importFile({ fileName: 'bench.txt', bytes }, webImportEnvironment);
  const now = new Date().toISOString();
  const projectId = newId();
  const sources = result.sources.map((s, order) => ({ id: newId(), projectId, title: s.title, kind: s.kind, order, createdAt: now, updatedAt: now }));
  const texts = result.sources.map((s, i) => ({ sourceId: sources[i]!.id, projectId, text: s.text }));
  const messages = result.sources.flatMap((s, i) =>
    s.messages.map((m, order) => ({ id: newId(), sourceId: sources[i]!.id, projectId, order, ...m, createdAt: now, updatedAt: now })),
  );
  const name = `raw-${newId()}`;
  const db = new Dexie(name);
  db.version(1).stores({ sources: 'id, projectId, [projectId+order]', sourceTexts: 'sourceId, projectId', messages: 'id, sourceId, projectId, [sourceId+order]' });
  await db.open();
  const [ms] = await time(() =>
    db.transaction('rw', ['sources', 'sourceTexts', 'messages'], async () => {
      await db.table('sources').bulkPut(sources);
      await db.table('sourceTexts').bulkPut(texts);
      await db.table('messages').bulkPut(messages);
    }),
  );
  db.close();
  await Dexie.delete(name);
  return ms;
}

async function run(): Promise<BenchRow[]> {
  const params = new URLSearchParams(location.search);
  const counts = params.get('counts')?.split(',').map(Number).filter((n) => n > 0);
  if (params.get('only') === 'coding') return benchDocumentView(log, counts);
  if (params.get('only') === 'open') return benchDocumentView(log, [], { openOnly: true });
  if (params.get('only') === 'stc') return benchStc(log);
  if (params.get('only') === 'charts') return benchCharts(log);
  if (params.get('only') === 'search') return benchSearch(log);
  if (params.get('only') === 'refi') return benchRefi(log);
  if (params.get('only') === 'agreement') return benchAgreement(log);
  const text = syntheticDialogueFile(1000, 5_000_000);
  const bytes = new TextEncoder().encode(text);
  log(`file: ${(bytes.length / 1e6).toFixed(2)} MB, 1,000 threads`);
  await importEndToEnd(bytes); // warm-up: JIT and IndexedDB start-up
  const runs: Awaited<ReturnType<typeof importEndToEnd>>[] = [];
  for (let i = 0; i < 3; i++) runs.push(await importEndToEnd(bytes));
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[1]!;
  const raw = await median(3, () => rawBulkPut(bytes));
  log('document view…');
  const documentRows = await benchDocumentView(log);
  log('retrieval…');
  const retrievalRows = benchRetrieval();
  log('STC…');
  const stcRows = await benchStc(log);
  log('charts…');
  const chartRows = await benchCharts(log);
  log('search…');
  const searchRows = benchSearch(log);
  return [
    {
      name: `import 1,000 threads (${(bytes.length / 1e6).toFixed(1)} MB) end to end`,
      ms: mid.ms,
      baselineName: 'raw Dexie bulkPut, same records',
      baselineMs: raw,
      target: '< 5000 ms and ≤ 2× raw',
      note: `${mid.sources} sources, ${mid.messages} messages; of which parsing ${mid.parseMs.toFixed(0)} ms, writing ${(mid.ms - mid.parseMs).toFixed(0)} ms (${((mid.ms - mid.parseMs) / raw).toFixed(2)}× raw)`,
    },
    ...documentRows,
    ...retrievalRows,
    ...stcRows,
    ...chartRows,
    ...searchRows,
  ];
}

run().then(
  (rows) => Object.assign(window, { benchRows: rows }),
  (error: unknown) => {
    log(String(error));
    Object.assign(window, { benchError: String(error) });
  },
);
