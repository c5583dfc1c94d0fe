import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedCounts } from './crash-harness';
import { screenshot, useApp } from './harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));

async function importFiles(page: Page, paths: string[], label: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer filer …' }).click();
  await (await chooser).setFiles(paths);
  const commit = page.getByRole('button', { name: label });
  await expect.poll(() => commit.isEnabled(), { timeout: 30_000 }).toBe(true);
  await commit.click();
}

describe('a full disk', () => {
  const app = useApp();

  it('says in nynorsk that the store is full when an import hits the quota, and loses nothing saved before', async () => {
    const { page } = app();
    await page.getByLabel('Språk').selectOption('nn');
    await page.getByLabel('Prosjektnamn').fill('Full disk');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kjelder');
    await importFiles(page, [sample('intervjuer/intervju-02-veileder-nynorsk.txt')], /^Importer \d+ kjelder?$/);
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(1);
    const before = await storedCounts(page);
    expect(before).toMatchObject({ sources: 1, orphans: 0 });

    // The disk fills up half-way through the next import: from its 1,000th message on, every add
    // fails as IndexedDB fails when the quota is used up (Chromium's quota override is not honoured
    // headless, so the error is made in the page, test-only).
    await page.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      let written = 0;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.name === 'messages' && ++written >= 1000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      };
    });
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-quota-'));
    const large = join(dir, 'lang-dialog.txt');
    writeFileSync(
      large,
      Array.from({ length: 4000 }, (_, i) =>
        i % 2 === 0 ? `Brukar: Melding ${i + 1}: når får eg svar på søknaden om bustøtte?` : `Rettleiar: Svar ${i + 1}: saka er under handsaming.`,
      ).join('\n\n'),
    );
    await importFiles(page, [large], /^Importer \d+ kjelder?$/);
    rmSync(dir, { recursive: true, force: true });
    await expect
      .poll(() => page.locator('.error-banner').textContent())
      .toContain('Det lokale lageret er fullt. Frigjer diskplass eller slett prosjekt du ikkje treng, og prøv igjen.');
    await screenshot(page, 'storage-full-nynorsk');
    expect(await storedCounts(page)).toEqual(before);

    // After a reload (room again: the page's patch is gone) the earlier source is whole and the failed import absent.
    await page.reload();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(1);
    expect(await storedCounts(page)).toEqual(before);
  });

  it('says in bokmål that the store is full when a codebook step hits the quota, and keeps the codebook as it was', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Full disk i kodeboka');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await page.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    const tree = page.getByRole('tree', { name: 'Koder' });
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(21);
    const before = await storedCounts(page);

    // Every write to the codes table fails from now on, as on a full disk.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.name === 'codes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await tree.getByRole('treeitem', { name: /^Lenkesending\s*,/ }).click();
    const name = page.getByLabel('Navn', { exact: true });
    await name.fill('Lenke til skjema');
    await name.press('Tab');
    await expect
      .poll(() => page.locator('.error-banner').textContent())
      .toContain('Det lokale lageret er fullt. Frigjør diskplass eller slett prosjekter du ikke trenger, og prøv igjen.');

    await page.reload();
    await expect.poll(() => tree.getByRole('treeitem').count()).toBe(21);
    expect(await tree.getByRole('treeitem', { name: /^Lenkesending\s*,/ }).count()).toBe(1);
    expect(await tree.getByRole('treeitem', { name: /^Lenke til skjema\s*,/ }).count()).toBe(0);
    expect(await storedCounts(page)).toEqual(before);
  });
});
