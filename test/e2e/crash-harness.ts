import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';

/**
 * A browser on a user-data folder of its own, so it can be killed and a new browser can open
 * the same IndexedDB afterwards, as a person reopens Kodebok after a crash.
 */
export interface PersistentApp {
  context: BrowserContext;
  page: Page;
}

export async function openPersistentApp(userDataDir: string, baseUrl: string, url = baseUrl): Promise<PersistentApp> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
  });
  await context.addInitScript(holdWritesScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await page.waitForSelector('.shell');
  const decline = page.getByRole('button', { name: 'Start med en tom liste' });
  if (await decline.isVisible()) await decline.click();
  return { context, page };
}

/** Every process of the browser on this user-data folder (the browser, its storage service, renderers). */
function browserProcesses(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${userDataDir}`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/**
 * Kills the browser like a power cut: SIGKILL to the browser process and every process it
 * started on this profile, none of which gets to flush or commit anything.
 */
export async function killBrowser(app: PersistentApp, userDataDir: string): Promise<void> {
  const pids = browserProcesses(userDataDir);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
  await expect.poll(() => browserProcesses(userDataDir).length).toBe(0);
  await app.context.close().catch(() => undefined);
}

/**
 * Test-only, injected into the page: when armed with a store name and a count, the Nth put or
 * add on that store keeps its transaction open for good (a loop of reads on the same store), so
 * the step is certainly half-way when the browser is killed, never committed by luck.
 */
const holdWritesScript = () => {
  type Arm = { store: string; after: number };
  const w = window as unknown as { __holdWriteOn?: Arm; __writeHeld?: boolean };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const request = original.apply(this, args);
      const arm = w.__holdWriteOn;
      if (arm && this.name === arm.store && --arm.after === 0) {
        w.__holdWriteOn = undefined;
        const spin = () => {
          this.count().onsuccess = spin;
        };
        spin();
        w.__writeHeld = true;
      }
      return request;
    };
  }
};

/** Arms the hold: the `after`th write to `store` from now on holds its transaction open. */
export async function holdWriteOn(page: Page, store: string, after: number): Promise<void> {
  await page.evaluate((arm) => {
    (window as unknown as { __holdWriteOn?: unknown }).__holdWriteOn = arm;
  }, { store, after });
}

export async function waitForHeldWrite(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { __writeHeld?: boolean }).__writeHeld === true)).toBe(true);
}

export interface StoredCounts {
  projects: number;
  sources: number;
  sourceTexts: number;
  messages: number;
  codes: number;
  codings: number;
  /** Rows that point at a source that is not there, or sources without their text: a torn step. */
  orphans: number;
}

/** Counts the rows in the app's IndexedDB, read with the plain IndexedDB API beside the app. */
export function storedCounts(page: Page): Promise<StoredCounts> {
  return page.evaluate(
    () =>
      new Promise<StoredCounts>((resolve, reject) => {
        const open = indexedDB.open('kodebok');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['projects', 'sources', 'sourceTexts', 'messages', 'codes', 'codings'] as const;
          const tx = db.transaction([...names], 'readonly');
          const rows: Record<string, { id?: string; sourceId?: string; projectId?: string }[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              rows[name] = request.result;
            };
          }
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            db.close();
            const sourceIds = new Set(rows.sources!.map((s) => s.id));
            const textIds = new Set(rows.sourceTexts!.map((t) => t.sourceId));
            const orphans =
              rows.messages!.filter((m) => !sourceIds.has(m.sourceId)).length +
              rows.codings!.filter((c) => !sourceIds.has(c.sourceId)).length +
              rows.sourceTexts!.filter((t) => !sourceIds.has(t.sourceId)).length +
              rows.sources!.filter((s) => !textIds.has(s.id)).length;
            resolve({
              projects: rows.projects!.length,
              sources: rows.sources!.length,
              sourceTexts: rows.sourceTexts!.length,
              messages: rows.messages!.length,
              codes: rows.codes!.length,
              codings: rows.codings!.length,
              orphans,
            });
          };
        };
      }),
  );
}
