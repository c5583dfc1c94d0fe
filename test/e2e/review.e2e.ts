import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

async function go(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(link);
}

describe('codebook review', () => {
  const app = useApp();

  it('snapshots a version, shows the diff after an edit, signs it off and shows that in the codebook header', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Veiledning');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await go(page, 'Kodebok');
    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await expect.poll(() => page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem').count()).toBe(21);

    await go(page, 'Gjennomgang');
    await page.getByLabel('Navn på versjonen').fill('Versjon 1');
    await page.getByLabel('Merknad').fill('Før første veiledning');
    await page.getByRole('button', { name: 'Lagre versjon' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Godkjenn Versjon 1' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Ingen endringer.').count()).toBe(1);

    // Edit a definition in the codebook; the diff names it and marks the words.
    await go(page, 'Kodebok');
    await page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem', { name: /^Lenkesending\s*,/ }).click();
    const definition = page.getByLabel('Definisjon', { exact: true });
    await definition.fill('Veilederen sender en lenke i stedet for å svare.');
    await definition.press('Tab');

    await go(page, 'Gjennomgang');
    const diff = page.getByRole('list', { name: 'Endringer mellom versjonene' });
    await expect.poll(() => diff.textContent()).toContain('Definisjon for');
    // Word by word: the template's words that stay are neither inserted nor deleted.
    await expect.poll(() => diff.locator('ins').allTextContents()).toContain('lenke');
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    expect(await diff.locator('.review-words span').count()).toBeGreaterThan(0);

    // Sign off version 1: it shows as signed here and in the codebook header, with the edit since.
    await page.getByRole('button', { name: 'Godkjenn Versjon 1' }).click();
    await expect.poll(() => page.getByText(/Godkjent av/).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'review-versions');

    await go(page, 'Kodebok');
    const badge = page.locator('.review-signoff-badge');
    await expect.poll(() => badge.textContent()).toContain('Versjonen «Versjon 1» er godkjent av');
    await expect.poll(() => badge.textContent()).toContain('Endret siden');
    await screenshot(page, 'review-codebook-header');

    // A proposal accepted is one undoable step: the code's name changes, and undo takes it back.
    await go(page, 'Gjennomgang');
    await page.getByLabel('Felt').selectOption({ label: 'Navn' });
    await page.getByLabel('Foreslått tekst').fill('Lenke i stedet for svar');
    await page.getByRole('button', { name: 'Foreslå' }).click();
    await page.getByRole('button', { name: 'Godta' }).click();
    await expect.poll(() => page.getByText('Godtatt.').count()).toBe(1);
    await expect.poll(() => page.getByRole('option', { name: 'Lenke i stedet for svar' }).count()).toBeGreaterThan(0);
  });

  it('a supervisor without Kodebok comments in the HTML package; the saved file comes back onto the code', async () => {
    const { page, context } = app();
    await page.getByLabel('Prosjektnavn').fill('Pakke <b>&</b>');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await go(page, 'Kodebok');
    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await expect.poll(() => page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem').count()).toBe(21);
    await go(page, 'Gjennomgang');
    const html = await download(page, 'Lagre som HTML-side');
    expect(html.name).toMatch(/gjennomgang\.html$/);
    expect(html.text).not.toMatch(/<script[^>]*src=/i);

    // The reviewer's browser: the page's own CSP applies (no bypass), no network, scripts on.
    const reviewer = await context.browser()!.newContext({ locale: 'nb-NO', acceptDownloads: true });
    const sheet = await reviewer.newPage();
    const requests: string[] = [];
    sheet.on('request', (r) => requests.push(r.url()));
    await sheet.setContent(html.text);
    expect(await sheet.locator('h1').textContent()).toBe('Pakke <b>&</b>');
    await sheet.getByLabel('Ditt navn').fill('Veileder Vik');
    await sheet.locator('section[data-code-id]').filter({ has: sheet.getByRole('heading', { name: 'Respons', exact: true }) }).locator('textarea').last().fill('Definisjonen er for vid.');
    const saved = await download(sheet, 'Lagre kommentarene som fil');
    expect(requests.filter((url) => /^https?:/.test(url))).toEqual([]);
    await reviewer.close();
    const file = JSON.parse(saved.text) as { author: string; comments: { text: string }[] };
    expect(file.author).toBe('Veileder Vik');
    expect(file.comments.map((c) => c.text)).toEqual(['Definisjonen er for vid.']);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer kommentarer …' }).click();
    await (await chooser).setFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await expect.poll(() => page.getByText('Om Respons').count()).toBe(1);
    await expect.poll(() => page.getByText('Definisjonen er for vid.').count()).toBe(1);
    await screenshot(page, 'review-comments-imported');
  });
});
