import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

/** A generated dialogue file of `count` messages (synthetic Norwegian, invented people). */
function largeDialogue(count: number): string {
  const words = 'vedtak vedtaket klage søknaden aktivitetsplanen ringe NAV-kontoret svar frist sosialhjelp taushetsplikt melding bolig arbeid tiltak'.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 30 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
    lines.push(`${i % 2 ? 'Veileder' : 'Bruker'}: ${body} nr${i}.`);
  }
  return lines.join('\n\n');
}

describe('search on a large project', () => {
  const app = useApp();

  it('shows indexing progress while a large project is indexed, then answers', { timeout: 180_000 }, async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Stort prosjekt');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-search-'));
    const file = join(dir, 'stor-dialog.txt');
    writeFileSync(file, largeDialogue(12_000));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer filer …' }).click();
    await (await chooser).setFiles([file]);
    await page.getByRole('button', { name: 'Importer 1 kilde' }).click({ timeout: 60_000 });
    await expect.poll(() => page.locator('.source-table tbody tr').count(), { timeout: 60_000 }).toBe(1);

    // Every status the tab shows, as it shows them (on this page and after a reload).
    const record = () => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      const watch = () =>
        new MutationObserver(() => {
          const text = document.querySelector('.search-status')?.textContent ?? '';
          if (text && seen.at(-1) !== text) seen.push(text);
        }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      if (document.documentElement) watch();
      else document.addEventListener('DOMContentLoaded', watch);
    };
    await page.evaluate(record);
    await page.context().addInitScript(record);
    const statuses = () => page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    await page.getByRole('link', { name: 'Analyse' }).click();
    const started = Date.now();
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await screenshot(page, 'search-large-indexing');
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 60_000 }).toMatch(/^12\s000 tekster indeksert$/);
    const built = Date.now() - started;
    expect((await statuses()).some((s) => /^Indekserer: \d[\d\s]* av 12\s000 tekster$/.test(s))).toBe(true);

    await page.getByRole('searchbox', { name: 'Søk', exact: true }).fill('nr11999');
    await expect.poll(() => page.locator('.kwic-hit').allTextContents()).toEqual(['nr11999']);
    await screenshot(page, 'search-large');

    // A word in every third message: the first page of hits is listed, with how many texts match in all, and more on request.
    await page.getByRole('searchbox', { name: 'Søk', exact: true }).fill('frist');
    await expect.poll(() => page.locator('.search-count').textContent()).toBe('4000 tekster passer; de første 100 treffene vises.');
    expect(await page.locator('.kwic-line').count()).toBe(100);
    await page.getByRole('button', { name: 'Vis flere treff' }).click();
    await expect.poll(() => page.locator('.kwic-line').count()).toBe(200);
    expect(await page.locator('.search-count').textContent()).toBe('4000 tekster passer; de første 200 treffene vises.');
    await screenshot(page, 'search-large-more');
    // Auto-coding says it codes only the listed hits, and lists them all on request (up to 2000).
    const autoCode = page.getByRole('region', { name: 'Autokoding' });
    expect(await autoCode.getByText('Bare treffene i listen kodes; flere tekster passer.').count()).toBe(1);
    await autoCode.getByRole('button', { name: 'List opp alle treff (opptil 2000)' }).click();
    await expect.poll(() => page.locator('.kwic-line').count(), { timeout: 20_000 }).toBe(2000);
    expect(await autoCode.getByRole('button', { name: /List opp alle treff/ }).count()).toBe(0);

    // Opened again, the kept index answers without indexing (no progress is shown at all).
    const kept = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('kodebok');
            open.onsuccess = () => {
              const count = open.result.transaction('searchIndexes').objectStore('searchIndexes').count();
              count.onsuccess = () => {
                resolve(count.result);
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(kept).toBe(1);
    await page.reload();
    await page.waitForSelector('.search-status');
    const reopened = Date.now();
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 60_000 }).toMatch(/^12\s000 tekster indeksert$/);
    const restored = Date.now() - reopened;
    expect((await statuses()).filter((text) => text.startsWith('Indekserer'))).toEqual([]);
    console.log(`search index, 12 000 messages: built and kept in ${built} ms, restored in ${restored} ms (wall clock, shared machine)`);
  });
});
