import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const hitCount = async (page: Page) => Number((await page.locator('.search-count').textContent())?.match(/\d+/)?.[0] ?? NaN);

describe('search and auto-coding', () => {
  const app = useApp();

  it('answers a query on the demo project with keyword-in-context lines, auto-codes the hits as one step, and undoes it', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 30_000 }).toMatch(/tekster indeksert/);

    // Inflected forms are found: "taushetsplikt" also finds "taushetsplikten".
    const input = page.getByRole('searchbox', { name: 'Søk', exact: true });
    await input.pressSequentially('taushetsplikt', { delay: 20 });
    await expect.poll(() => hitCount(page)).toBeGreaterThan(2);
    const hits = await page.locator('.kwic-hit').allTextContents();
    expect(hits.every((h) => h.toLowerCase().startsWith('taushetsplikt'))).toBe(true);
    expect(await page.locator('.search-group h3').count()).toBeGreaterThan(1);
    await screenshot(page, 'search-kwic');

    // A bad query says what is wrong, in Norwegian.
    await input.fill('"taushetsplikt');
    await expect.poll(() => page.locator('.search-feedback .error').textContent()).toContain('anførselstegn er ikke lukket');
    await input.fill('taushetsplikt');
    await expect.poll(() => hitCount(page)).toBeGreaterThan(2);
    const total = await hitCount(page);

    // Auto-code: one code, each hit widened to its sentence; preview first. Hits outside source
    // text (the demo's codebook definitions mention taushetsplikt) are shown but said not to be coded.
    const panel = page.getByRole('region', { name: 'Autokoding' });
    const chosen = Number((await panel.getByText(/treff valgt/).textContent())!.match(/av (\d+)/)![1]);
    if (chosen < total) expect(await panel.locator('.search-note').textContent()).toContain(`${total - chosen} treff i`);
    else expect(await panel.locator('.search-note').count()).toBe(0);
    await panel.getByLabel('Kode').selectOption({ label: 'Respons/Grensearbeid' });
    await panel.getByLabel('Utvid hvert treff til').selectOption('sentence');
    await panel.getByRole('button', { name: 'Forhåndsvis' }).click();
    const preview = panel.locator('.search-autocode-preview');
    await expect.poll(() => preview.textContent()).toMatch(/\d+ utdrag blir kodet med Respons\/Grensearbeid/);
    const passages = Number((await preview.locator('p').first().textContent())!.match(/\d+/)![0]);
    expect(passages).toBeGreaterThan(0);
    expect(passages).toBeLessThanOrEqual(total);
    await screenshot(page, 'search-autocode-preview');
    await panel.getByRole('button', { name: /^Kod \d+ utdrag$/ }).click();
    await expect.poll(() => panel.locator('.search-autocode-done').textContent()).toContain(`Kodet ${passages} utdrag`);

    // Coding the same hits again adds nothing: they are already auto-coded.
    await panel.getByRole('button', { name: 'Forhåndsvis' }).click();
    await expect.poll(() => preview.textContent()).toContain(`${passages} utdrag som allerede er autokodet`);

    // One undo takes the whole auto-coding back.
    await panel.getByRole('button', { name: 'Angre' }).click();
    await panel.getByRole('button', { name: 'Forhåndsvis' }).click();
    await expect.poll(() => preview.textContent()).toMatch(new RegExp(`^${passages} utdrag blir kodet`));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A hit opens its passage selected in the document view.
    const first = page.locator('a.kwic-text').first();
    const word = (await first.locator('.kwic-hit').textContent())!;
    await first.click();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(word);
  });
  it('keeps the index for the next start and a saved search in the project', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 30_000 }).toMatch(/tekster indeksert/);
    // The built index is kept in the store (one row per project).
    const keptIndexes = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('kodebok');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('searchIndexes').objectStore('searchIndexes').getAll();
              all.onsuccess = () => {
                resolve(JSON.stringify(all.result.map((r: { projectId: string; options: unknown; updatedAt: string; index: string }) => [r.projectId, r.options, r.updatedAt, r.index.length])));
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(async () => (JSON.parse(await keptIndexes()) as [string, { language: string }][]).map(([, o]) => o.language)).toEqual(['nb']);

    await page.getByRole('searchbox', { name: 'Søk', exact: true }).fill('ringe NAV');
    await expect.poll(() => hitCount(page)).toBeGreaterThan(0);
    const hits = await hitCount(page);
    await page.getByLabel('Navn på søket').fill('Henvisning til NAV');
    await page.getByRole('button', { name: 'Lagre søket' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Henvisning til NAV', exact: true }).count()).toBe(1);

    // After a reload the kept index answers at once, and the saved search runs the same query.
    await page.reload();
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 30_000 }).toMatch(/tekster indeksert/);
    await page.getByRole('button', { name: 'Henvisning til NAV', exact: true }).click();
    expect(await page.getByRole('searchbox', { name: 'Søk', exact: true }).inputValue()).toBe('ringe NAV');
    await expect.poll(() => hitCount(page)).toBe(hits);
    await screenshot(page, 'search-saved');

    // A code defined meanwhile (the Search tab closed) is found when the tab opens on the kept index again.
    await page.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
    await page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem', { name: /^Respons\s*,/ }).click();
    const definition = page.getByLabel('Definisjon', { exact: true });
    await definition.fill('Hvordan veilederen svarer, også med sjiraffvennlige ord.');
    await definition.press('Tab');
    await page.getByRole('navigation').getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Søk', exact: true }).fill('sjiraffvennlig');
    await expect.poll(() => page.locator('.search-group h3').allTextContents()).toEqual(['Koder (1)']);

    // While the tab is open, a change made in another window is indexed at once: the search answers again with it.
    const other = await page.context().newPage();
    await other.goto(page.url().replace(/#.*$/, '#/codebook'));
    await other.getByRole('tree', { name: 'Koder' }).getByRole('treeitem', { name: /^Respons\s*,/ }).click();
    const otherDefinition = other.getByLabel('Definisjon', { exact: true });
    await otherDefinition.fill('Hvordan veilederen svarer.');
    await otherDefinition.press('Tab');
    // The other window's save and its notification take a moment: ask again until the answer changes.
    const box = page.getByRole('searchbox', { name: 'Søk', exact: true });
    await expect
      .poll(async () => {
        await box.fill('');
        await box.fill('sjiraffvennlige');
        await page.waitForTimeout(400);
        return page.locator('.search-feedback').textContent();
      })
      .toContain('Ingen treff');
    await other.close();
  });
});
