import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

/** Adds the demo project from the projects screen and waits for its sources. */
async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await expect.poll(() => page.locator('.source-table tbody tr').count()).toBeGreaterThan(60);
}

async function openSource(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForSelector('.document .turn-text span[data-start]');
}

const isoDate = /\d{4}-\d{2}-\d{2}T\d{2}/;
const norwegianDateTime = /^\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}$/;

describe('screens a new user meets', () => {
  const app = useApp();

  it('loads without a single 404, and the icon the page declares is there', async () => {
    const { page } = app();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.reload();
    await page.waitForSelector('.shell');
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    // Browsers ask for /favicon.ico unless the page names its icon; the named one must load.
    const icon = await page.locator('link[rel="icon"]').evaluate((l) => (l as HTMLLinkElement).href);
    const response = await page.request.get(icon);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('svg');
    expect(missing).toEqual([]);
  });

  it('never scrolls the page itself: wheeling to the end of the sources keeps the sidebar in view', async () => {
    const { page } = app();
    await openDemo(page);
    const main = page.locator('main');
    await main.hover();
    for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 2000);
    // The list did scroll to its end…
    await expect
      .poll(() => main.evaluate((m) => Math.ceil(m.scrollTop + m.clientHeight) >= m.scrollHeight - 1))
      .toBe(true);
    // …and the page did not: no blank screen, the sidebar and the language choice still in view.
    await page.mouse.wheel(0, 2000);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    const viewport = page.viewportSize()!;
    for (const part of [page.locator('.sidebar'), page.getByLabel('Språk')]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    await screenshot(page, 'sources-scrolled-to-end');
  });

  it('opens a source with the caret at the start of its first turn, so Shift+arrows select at once', async () => {
    const { page } = app();
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('document') ?? false)).toBe(true);
    const caret = await page.evaluate(() => {
      const s = window.getSelection()!;
      const turn = s.anchorNode?.parentElement?.closest('.turn');
      return { collapsed: s.isCollapsed, turn: turn?.getAttribute('data-turn'), offset: s.anchorOffset };
    });
    expect(caret).toEqual({ collapsed: true, turn: '0', offset: 0 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.coding-target p').textContent()).toBe('Kodes: «Hei»');
  });

  it('codes whole words: a keyboard selection from inside a word codes the whole word, unless switched off', async () => {
    const { page } = app();
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    const target = page.locator('.coding-target p');
    // "ei. Jeg har" — the selection starts after the H of "Hei".
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 11; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('ei. Jeg har');
    await expect.poll(() => target.textContent()).toBe('Kodes: «Hei. Jeg har»');
    const option = page.getByLabel('Hele ord');
    expect(await option.isChecked()).toBe(true);
    await option.uncheck();
    await expect.poll(() => target.textContent()).toBe('Kodes: «ei. Jeg har»');
    // The choice is a setting: it is still off after a reload.
    await page.reload();
    await page.waitForSelector('.document .turn-text span[data-start]');
    expect(await page.getByLabel('Hele ord').isChecked()).toBe(false);
  });

  it('shows a caseworker called "Veileder" once, and message times and delays in Norwegian', async () => {
    const { page } = app();
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    const reply = page.locator('.document .turn-head').nth(1);
    expect(await reply.locator('.turn-speaker').textContent()).toBe('Veileder');
    expect(await reply.locator('.badge').count()).toBe(0);
    expect(await reply.textContent()).not.toContain('Veileder Veileder');
    // A user's label that says more than the role keeps the role beside it.
    expect(await page.locator('.document .turn-head').first().locator('.badge').textContent()).toBe('Bruker / klient');

    // When the source was imported, in the user's language (also nynorsk, which Chromium's Intl lacks).
    await page.locator('.source-facts summary').click();
    const imported = page.locator('.source-facts div', { hasText: 'Importert' }).locator('dd');
    expect(await imported.textContent()).toMatch(norwegianDateTime);
    await page.getByLabel('Språk').selectOption('nn');
    await expect.poll(() => page.locator('.source-facts summary').textContent()).toBe('Om denne kjelda');
    expect(await imported.textContent()).toMatch(norwegianDateTime);
    await page.getByLabel('Språk').selectOption('nb');

    // The dialogue log has timestamps: times as "13.03.2024 kl. 09:12", delays as hours or days.
    await page.getByRole('link', { name: 'Alle kilder' }).click();
    await openSource(page, /– Tråd 1$/);
    const heads = await page.locator('.document .turn-head').allTextContents();
    expect(heads.join('\n')).not.toMatch(isoDate);
    expect(heads[1]).toContain('13.03.2024 kl. 09:12');
    expect(heads[1]).toContain('(19,1 timer)');
    expect(heads[3]).toContain('(2 døgn 1 t)');
    await screenshot(page, 'dialogue-log-times');
  });

  it('shows the whole code path in the coding details, even when it is long', async () => {
    const { page } = app();
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    await page.locator('.coding-item').first().click();
    const heading = page.locator('.coding-details h2');
    const path = (await page.locator('.coding-item .coding-item-code').first().textContent())!;
    expect(path).toContain('/');
    expect(await heading.textContent()).toContain(path);
    expect(await heading.getAttribute('title')).toBe(path);
    // Nothing of it is cut off: the heading is no wider than its card.
    const fits = await heading.evaluate((h) => h.scrollWidth <= h.clientWidth + 1);
    expect(fits).toBe(true);
  });
});

describe('the sources list', () => {
  const app = useApp();

  it('has one type column, finds sources by title and sorts by title, type and date', async () => {
    const { page } = app();
    await openDemo(page);
    const heads = await page.locator('.source-table thead th').allTextContents();
    expect(heads.filter((h) => /type/i.test(h))).toHaveLength(1);

    const rows = page.locator('.source-table tbody tr');
    const search = page.getByLabel('Søk i titler');
    await search.fill('tråd');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const found = await rows.locator('th').allTextContents();
    expect(found.every((title) => title.toLowerCase().includes('tråd'))).toBe(true);
    expect(await page.locator('.source-search p').textContent()).toMatch(/^Viser \d+ av \d+ kilder$/);
    await search.fill('finnes ikke');
    await expect.poll(() => rows.textContent()).toContain('Ingen kildetitler inneholder «finnes ikke»');
    await search.fill('dialog');

    const titleHead = page.locator('.source-table thead th', { hasText: 'Tittel' });
    expect(await titleHead.getAttribute('aria-sort')).toBeNull();
    await titleHead.getByRole('button').click();
    expect(await titleHead.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rows.locator('th').allTextContents();
    // Numbers in titles sort as numbers: Dialog 2 comes before Dialog 10.
    expect(ascending.indexOf('Dialog 2: Oppdatert CV')).toBeLessThan(ascending.indexOf('Dialog 10: Klage på avslag'));
    await titleHead.getByRole('button').click();
    expect(await titleHead.getAttribute('aria-sort')).toBe('descending');
    expect(await rows.locator('th').allTextContents()).toEqual([...ascending].reverse());

    await search.fill('');
    const typeHead = page.locator('.source-table thead th', { hasText: 'Type' });
    await typeHead.getByRole('button').click();
    expect(await typeHead.getAttribute('aria-sort')).toBe('ascending');
    expect(await titleHead.getAttribute('aria-sort')).toBeNull();
    const types = await rows.locator('td:nth-of-type(1)').allTextContents();
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b, 'nb')));

    const dateHead = page.locator('.source-table thead th', { hasText: 'Importert' });
    await dateHead.getByRole('button').click();
    expect(await dateHead.getAttribute('aria-sort')).toBe('ascending');
    const dates = await rows.locator('td:nth-of-type(4)').allTextContents();
    expect(dates.every((d) => /^\d{2}\.\d{2}\.\d{4}$/.test(d))).toBe(true);
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'sources-sorted');
  });
});

describe('projects and codebook', () => {
  const app = useApp();

  it('"Opprett prosjekt" opens the new project at its sources', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Ny studie');
    await page.getByRole('button', { name: 'Opprett prosjekt' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    expect(await page.locator('.current-project-name').textContent()).toBe('Ny studie');
    expect(await page.getByRole('button', { name: 'Importer filer …' }).isVisible()).toBe(true);
  });

  it('merge dialog says nothing with "…" before a target is chosen, then names the target by its path', async () => {
    const { page } = app();
    await openDemo(page);
    await page.getByRole('link', { name: 'Kodebok' }).click();
    const tree = page.getByRole('tree', { name: 'Koder' });
    await tree.getByRole('treeitem', { name: /^Ikke skriftlig svar\s*,/ }).click();
    await page.getByRole('button', { name: 'Slå sammen med …' }).click();
    const dialog = page.getByRole('dialog', { name: /Slå sammen «Ikke skriftlig svar»/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const body = async () => (await dialog.textContent())!.replace((await dialog.locator('select').textContent())!, '');
    expect(await body()).not.toContain('…');
    expect(await dialog.locator('.consequences').count()).toBe(0);
    // Two codes are called "Grensearbeid": the choice and the consequences say which one.
    await dialog.getByLabel('Slå sammen med').selectOption({ label: 'Respons/Grensearbeid' });
    await expect.poll(() => dialog.locator('.consequences').textContent()).toContain('flyttes til Respons/Grensearbeid');
    expect(await body()).not.toContain('…');
    await screenshot(page, 'merge-dialog-target');
  });

  it('tells two codes with the same name apart by their path in the coding panel and the palette', async () => {
    const { page } = app();
    await openDemo(page);
    await openSource(page, /^Dialog 1\b/);
    const names = await page.locator('.document-codes .code-name').allTextContents();
    expect(names).toContain('Respons/Grensearbeid');
    expect(names).toContain('Grensearbeid');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Kod med …' });
    await palette.getByRole('combobox').fill('grensearbeid');
    const options = await palette.getByRole('option').allTextContents();
    expect(options.some((o) => o.startsWith('Respons/Grensearbeid'))).toBe(true);
    expect(options.some((o) => o.startsWith('Grensearbeid/'))).toBe(true);
  });
});

describe('coded segments export', () => {
  const app = useApp();

  async function download(page: Page, button: string): Promise<Buffer> {
    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await waiting;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it('writes a CSV Excel opens in Norwegian (BOM, ";", roles in words) and Markdown without raw HTML', async () => {
    const { page } = app();
    await openDemo(page);
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('group', { name: 'Koder' }).getByRole('checkbox', { name: 'Respons/Grensearbeid', exact: true }).check();
    await expect.poll(() => page.locator('.retrieval-results-head h2').textContent()).toBe('31 segmenter');

    const csv = await download(page, 'Eksporter CSV');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Kilde;Start;Slutt;Avsender;Rolle;Svartid;Koder;Tekst');
    expect(text).toContain(';Veileder;');
    expect(text).not.toMatch(/;(caseworker|user);/);

    await page.getByLabel('Skilletegn i CSV').selectOption(',');
    const comma = (await download(page, 'Eksporter CSV')).toString('utf8').slice(1);
    expect(comma.split('\r\n')[0]).toBe('Kilde,Start,Slutt,Avsender,Rolle,Svartid,Koder,Tekst');

    const md = (await download(page, 'Eksporter Markdown')).toString('utf8');
    expect(md).toContain('&lt;Navn på kommune>');
    expect(md).not.toMatch(/<[\p{L}/!]/u);
    expect(md).toContain('- **Rolle:** Veileder');
  });
});
