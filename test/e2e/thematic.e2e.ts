import { writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screensDir, screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoThematic(page: Page, clear = true): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Tematisk analyse' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Tematisk analyse' }).count()).toBe(1);
  // The demo carries a finished example (two main themes with subthemes): clear the map to build one anew.
  await expect.poll(() => page.locator('.map-node').count()).toBeGreaterThan(0);
  if (!clear) return;
  while ((await page.locator('.map-node').count()) > 0) {
    const before = await page.locator('.map-node').count();
    await page.locator('.map-node').first().focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Slett tema' });
    // A theme with subthemes or quotes asks first; one without goes at once.
    await expect.poll(async () => (await confirm.isVisible()) || (await page.locator('.map-node').count()) < before).toBe(true);
    if (await confirm.isVisible()) await confirm.click();
    await expect.poll(() => page.locator('.map-node').count()).toBeLessThan(before);
  }
}

/** A node on the map, found by its accessible name (theme name, kind, code count). */
const node = (page: Page, name: string): Locator =>
  page.getByRole('group', { name: 'Tematisk kart' }).getByRole('button', { name: new RegExp(`^${name}, `) });

async function newTheme(page: Page, button: 'Nytt hovedtema' | 'Nytt undertema', name: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const field = page.getByLabel('Navn', { exact: true });
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await field.fill(name);
  await field.press('Enter');
  await expect.poll(() => node(page, name).count()).toBe(1);
}

async function download(page: Page, button: string, locator?: Locator): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await (locator ?? page.getByRole('button', { name: button })).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

const translate = (el: Element) => el.getAttribute('transform');

describe('thematic analysis', () => {
  const app = useApp();

  it('builds a thematic map by keyboard: themes, a subtheme, codes, a move that persists, a link, and exports it', async () => {
    const { page } = app();
    await openDemoThematic(page);

    // Phases 1–5 are done in the demo; phase 6 started: its state is said in words.
    await page.getByRole('button', { name: 'Start: Skrive rapporten' }).click();
    await expect.poll(() => page.locator('.phase-in-progress .phase-name').textContent()).toBe('Skrive rapporten');

    await newTheme(page, 'Nytt hovedtema', 'Grenser i dialogen');
    await newTheme(page, 'Nytt hovedtema', 'Ansvar for hjelpen');
    await node(page, 'Grenser i dialogen').focus();
    await newTheme(page, 'Nytt undertema', 'Tvetydige grenser');
    expect(await node(page, 'Tvetydige grenser').getAttribute('aria-label')).toBe(
      'Tvetydige grenser, 0 koder, undertema av Grenser i dialogen',
    );

    // Gather a code by keyboard: select it in the list, choose the theme, Enter.
    const codes = page.getByRole('listbox', { name: 'Koder' });
    await codes.getByRole('option').first().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) {
      const current = await page.evaluate(
        () => document.activeElement?.querySelector('.thematic-code-name')?.textContent,
      );
      if (current === 'Tvetydig') break;
      await page.keyboard.press('ArrowDown');
    }
    await expect
      .poll(() => codes.getByRole('option', { selected: true }).locator('.thematic-code-name').textContent())
      .toBe('Tvetydig');
    const target = page.getByLabel('Samle valgt kode i');
    await target.focus();
    await target.selectOption({ label: '— Tvetydige grenser' });
    await target.press('Enter');
    await expect
      .poll(() => node(page, 'Tvetydige grenser').getAttribute('aria-label'))
      .toBe('Tvetydige grenser, 1 kode, undertema av Grenser i dialogen');
    await expect
      .poll(() => page.locator('.thematic-status').textContent())
      .toBe('«Grensearbeid/Tvetydig» er samlet i «Tvetydige grenser».');
    // A second code into the main theme, the same way.
    await codes
      .getByRole('option', { name: /^Tydelig/ })
      .first()
      .click();
    await target.selectOption({ label: 'Grenser i dialogen' });
    await target.press('Enter');
    await expect.poll(() => node(page, 'Grenser i dialogen').getAttribute('aria-label')).toMatch(/, 1 kode, /);

    // Move a node by keyboard: three small steps right, one big step down.
    const moving = node(page, 'Ansvar for hjelpen');
    await moving.focus();
    const before = await moving.evaluate(translate);
    const [x0, y0] = before!.match(/-?[\d.]+/g)!.map(Number);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => moving.evaluate(translate)).toBe(`translate(${x0! + 30} ${y0! + 50})`);
    // The nudges are one undo step: undo puts the node back, redo moves it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => moving.evaluate(translate)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => moving.evaluate(translate)).toBe(`translate(${x0! + 30} ${y0! + 50})`);

    // Link by keyboard: L on one theme, Enter on another.
    await node(page, 'Grenser i dialogen').focus();
    await page.keyboard.press('l');
    await expect
      .poll(() => page.locator('.thematic-status').textContent())
      .toContain('Kobling fra «Grenser i dialogen»');
    await node(page, 'Ansvar for hjelpen').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.map-link').count()).toBe(1);
    await expect
      .poll(() => page.locator('.thematic-status').textContent())
      .toBe('Koblet «Grenser i dialogen» og «Ansvar for hjelpen».');
    // A second link between the same two is refused in words, and none is drawn.
    await page.keyboard.press('l');
    await node(page, 'Grenser i dialogen').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Disse to temaene er allerede koblet.', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await page.locator('.map-link').count()).toBe(1);

    // Define the selected theme.
    await node(page, 'Ansvar for hjelpen').focus();
    await page.getByLabel('Definisjon').fill('Hvem som eier brukerens sak, og hvordan veilederen viser det.');
    await page.getByLabel('Navn', { exact: true }).focus();

    await node(page, 'Grenser i dialogen').focus();
    await screenshot(page, 'thematic-map');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Everything is stored: after a reload the moved node, the link and the definition are there.
    await page.reload();
    await page.waitForSelector('.thematic-map-svg');
    await expect
      .poll(() => node(page, 'Ansvar for hjelpen').evaluate(translate))
      .toBe(`translate(${x0! + 30} ${y0! + 50})`);
    expect(await page.locator('.map-link').count()).toBe(1);
    await node(page, 'Ansvar for hjelpen').focus();
    await expect
      .poll(() => page.getByLabel('Definisjon').inputValue())
      .toBe('Hvem som eier brukerens sak, og hvordan veilederen viser det.');
    expect(await page.locator('.phase-in-progress .phase-name').textContent()).toBe('Skrive rapporten');

    // Export: an SVG with every theme, and a PNG.
    const svg = await download(page, 'Eksporter SVG');
    expect(svg.name).toBe('tematisk-kart.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const name of ['Grenser i dialogen', 'Ansvar for hjelpen', 'Tvetydige grenser']) expect(text).toContain(name);
    expect(text.match(/marker-end/g)).toHaveLength(1);
    const png = await download(page, 'Eksporter PNG');
    expect(png.name).toBe('tematisk-kart.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(5000);
    // The exported picture itself, to look at beside the screenshots.
    writeFileSync(`${screensDir}thematic-export.png`, png.bytes);
    await screenshot(page, 'thematic-after-reload');
  });

  it('drags a code onto a theme and a theme across the map with the mouse; deleting a theme with subthemes asks first', async () => {
    const { page } = app();
    await openDemoThematic(page);
    await newTheme(page, 'Nytt hovedtema', 'Grenser i dialogen');
    await newTheme(page, 'Nytt undertema', 'Lenker i stedet for svar');

    const code = page.getByRole('listbox', { name: 'Koder' }).getByRole('option', { name: /^Lenkesending/ });
    await code.dragTo(node(page, 'Lenker i stedet for svar'));
    await expect.poll(() => node(page, 'Lenker i stedet for svar').getAttribute('aria-label')).toMatch(/, 1 kode, /);

    // A quote from a coding of the subtheme's code, with its source named.
    await node(page, 'Lenker i stedet for svar').focus();
    await page.getByRole('button', { name: 'Legg til sitat' }).click();
    await expect.poll(() => page.locator('.theme-quotes li').count()).toBe(1);
    expect(await page.locator('.theme-quotes blockquote').textContent()).not.toBe('');
    // The quote keeps its trail: its source opens at the quoted passage.
    expect(await page.locator('.theme-quote-foot a').getAttribute('href')).toMatch(/^#\/sources\/[^?]+\?at=\d+-\d+$/);
    await page
      .getByLabel('Definisjon')
      .fill('Veilederen sender en lenke til søknadsskjemaet i stedet for å svare på saken.');
    // A link made from the panel, the way a mouse user finds it.
    await page.getByLabel('Koble til').selectOption({ label: 'Grenser i dialogen' });
    await page.getByRole('button', { name: 'Legg til kobling' }).click();
    await expect.poll(() => page.locator('.map-link').count()).toBe(1);
    await page.locator('.thematic-detail').scrollIntoViewIfNeeded();
    await screenshot(page, 'thematic-theme-detail');

    const theme = node(page, 'Grenser i dialogen');
    await theme.scrollIntoViewIfNeeded();
    const box = (await theme.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    const after = (await theme.boundingBox())!;
    expect(after.x).toBeGreaterThan(box.x + 20);

    await theme.focus();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Slette temaet «Grenser i dialogen»?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Slett tema' }).click();
    await expect.poll(() => page.locator('.map-node').count()).toBe(0);
    // Undo brings back the theme with its subtheme and its code.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.map-node').count()).toBe(2);
    await expect.poll(() => page.getByText('Angret: slette temaet Grenser i dialogen').count()).toBe(1);
    expect(await page.locator('.map-link').count()).toBe(1);
    await expect.poll(() => node(page, 'Lenker i stedet for svar').getAttribute('aria-label')).toMatch(/, 1 kode, /);
  });

  it("exports the demo's finished thematic analysis as a Markdown report with each theme, its definition and quotes with source and offsets", async () => {
    const { page } = app();
    await openDemoThematic(page, false);
    const report = page.getByRole('group', { name: 'Eksporter rapporten fra den tematiske analysen' });
    const file = await download(page, '', report.getByRole('button', { name: 'Markdown' }));
    expect(file.name).toBe('tematisk-rapport.md');
    const text = file.bytes.toString('utf8');
    expect(text).toMatch(/^# /m);
    expect(text).toContain('Svaret som lukker saken');
    expect(text).toMatch(/fokusgruppe-vignett/);
    expect(text).toMatch(/tegn \d+–\d+/);
    // The published values the demo comes with are exported with the report, reproduced exactly.
    expect(text).toContain('## Vedlegg C: Den publiserte tabellen gjenskapt');
    expect(text).toContain('| Grensearbeid | 31 | 31 | Stemmer |  |');
  });
});
