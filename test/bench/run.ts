/**
 * `npm run bench`: builds the bench page (test/bench/page) with Vite, opens it in Debian's
 * Chromium, and prints the figures it measured against the raw libraries in the same run.
 * Numbers are printed, never asserted: performance is read, not unit-tested.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { base64Import } from '../../renderer/build/bytes-plugin';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import type { BenchRow } from './row';


const root = fileURLToPath(new URL('./page', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'kodebok-bench-'));

try {
  await build({ root, base: './', logLevel: 'warn', plugins: [base64Import()], build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage();
  page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  const rows = (await page.waitForFunction(() => (window as unknown as { benchRows?: unknown }).benchRows, null, {
    timeout: 600_000,
  }).then((h) => h.jsonValue())) as BenchRow[];
  await browser.close();
  await server.close();

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\nKodebok bench — Chromium ${browser.version()} — ${new Date().toISOString()}\n`);
  console.log(pad('measure', 66) + pad('ms', 10) + pad('baseline', 44) + pad('ms', 10) + pad('ratio', 8) + 'target');
  for (const r of rows) {
    const ratio = r.baselineMs ? (r.ms / r.baselineMs).toFixed(2) + '×' : '';
    console.log(
      pad(r.name, 66) + pad(r.ms.toFixed(1), 10) + pad(r.baselineName ?? '', 44) + pad(r.baselineMs?.toFixed(1) ?? '', 10) + pad(ratio, 8) + (r.target ?? ''),
    );
    if (r.note) console.log(`  ${r.note}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
