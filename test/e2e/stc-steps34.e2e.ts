import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const unitText = 'Noen spør om sosialhjelp, og så sender man lenken til søknaden på nav.no.';
const quotedText = 'Og da er lenken på en måte et svar som ikke svarer.';
const condensate = 'Jeg sender lenken fordi den er riktig, selv om den ikke svarer på det de spør om.';

async function openStep(page: Page, step: 3 | 4): Promise<void> {
  await page.evaluate((n) => (window.location.hash = `#/analysis/stc/${n}`), step);
  await page.getByRole('navigation', { name: 'Kodegrupper' }).waitFor();
}

async function chooseGroup(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Kodegrupper' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect.poll(() => page.locator('#stc-group-title, .stc-group-title').first().textContent()).toBe(name);
}

describe('STC steps 3 and 4, the trail and the report', () => {
  const app = useApp();

  it('condenses a code group, writes its analytic text, follows the trail to the source, exports the report and keeps it all', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');

    // Step 3: the demo's worked example, one code group chosen.
    await openStep(page, 3);
    await chooseGroup(page, 'Å henvise videre');
    await expect.poll(() => page.locator('.stc-subgroup-name').allTextContents()).toEqual(['Lenken', 'Runddansen']);
    await expect.poll(() => page.locator('.stc-advice').textContent()).toContain('Mellom 2 og 4');

    // A new subgroup, and a meaning unit sorted into it by selecting it and choosing "Flytt".
    await page.getByLabel('Ny subgruppe').fill('Lenken som svar');
    await page.getByRole('button', { name: 'Legg til subgruppe' }).click();
    const fresh = page.getByRole('region', { name: 'Lenken som svar' });
    await fresh.waitFor();
    await page.getByRole('checkbox', { name: /^Velg «Noen spør om sosialhjelp/ }).check();
    await page.getByLabel('Flytt til').selectOption({ label: 'Lenken som svar' });
    await page.getByRole('button', { name: 'Flytt', exact: true }).click();
    await expect.poll(() => fresh.locator('.stc-unit-text').allTextContents()).toEqual([unitText]);

    // Dragging a golden quote's unit out of its subgroup asks first, naming the quote; keeping it changes nothing.
    await page.locator('.stc-unit', { hasText: quotedText }).locator('.stc-unit-grip').dragTo(page.locator('.stc-unsorted'));
    const dialog = page.getByRole('dialog', { name: 'Fjerne gullsitater også?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('q').allTextContents()).toEqual([quotedText]);
    await dialog.getByRole('button', { name: 'Behold' }).click();
    await expect.poll(() => fresh.locator('.stc-unit-text').allTextContents()).toEqual([unitText]);

    // The condensate, saved as it is written, with its length beside the unit's.
    await fresh.getByRole('textbox', { name: 'Kondensat for Lenken som svar' }).click();
    await page.keyboard.type(condensate);
    await expect.poll(() => fresh.locator('.stc-rich-foot').textContent()).toContain('Lagret');
    expect(await fresh.locator('.stc-length').textContent()).toContain('17 ord (de meningsbærende enhetene: 13)');

    // The unit as golden quote: its words, source and a link to the passage.
    await fresh.getByRole('button', { name: /^Velg «Noen spør om sosialhjelp.*som gullsitat$/ }).click();
    const quote = fresh.getByRole('list', { name: 'Gullsitater for Lenken som svar' }).locator('li');
    await expect.poll(() => quote.locator('blockquote').allTextContents()).toEqual([unitText]);
    const quoteLink = await quote.getByRole('link').getAttribute('href');
    expect(quoteLink).toMatch(/^#\/sources\/.+\?at=\d+-\d+$/);
    const [, start, end] = /at=(\d+)-(\d+)/.exec(quoteLink!)!;
    const sourceTitle = (await quote.getByRole('link').textContent())!;

    // Part of a unit as golden quote: the words selected inside it, at their own offsets.
    const runddansen = page.getByRole('region', { name: 'Runddansen' });
    const longUnit = runddansen.locator('.stc-unit-text', { hasText: 'Når de ringer' });
    await longUnit.evaluate((q) => {
      const text = q.firstChild!;
      const at = text.textContent!.indexOf('kommer de til kontaktsenteret');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'kommer de til kontaktsenteret'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await runddansen.getByRole('button', { name: /^Velg «Når de ringer.*som gullsitat$/ }).click();
    await expect.poll(() => runddansen.locator('blockquote').allTextContents()).toEqual(['Så det blir en runddans.', 'kommer de til kontaktsenteret']);

    // Back up from a meaning unit: the trail names its code group, subgroup and that it is a golden quote.
    await fresh.getByRole('button', { name: /^Spor \(hvor «Noen spør om sosialhjelp/ }).click();
    const back = page.getByRole('complementary', { name: 'Sporet' });
    await expect.poll(() => back.locator('.stc-trail-uses li').allTextContents()).toEqual([
      'Å henvise videre › Lenken som svargullsitatAnalytisk tekst Henvisningen som svar som ikke svarer',
    ]);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
    await screenshot(page, 'stc-step3');
    await page.getByRole('heading', { name: 'Lenken som svar' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'stc-step3-subgroup');
    await page.getByLabel('Tema').selectOption('dark');
    await screenshot(page, 'stc-step3-dark');
    await page.getByLabel('Tema').selectOption('light');

    // Step 4: an emptied analytic text starts again from the condensates, under the subgroups' names.
    await openStep(page, 4);
    await chooseGroup(page, 'Fristen styrer svaret');
    const fristen = page.getByRole('textbox', { name: 'Analytisk tekst for Fristen styrer svaret' });
    const fromCondensates = page.getByRole('button', { name: 'Start fra kondensatene' });
    expect(await fromCondensates.count()).toBe(0);
    await fristen.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => fromCondensates.isEnabled()).toBe(true);
    await fromCondensates.click();
    await expect.poll(() => fristen.locator('p').first().textContent()).toBe('Raske svar premieres');
    expect(await fristen.textContent()).toContain('Vi skal svare innen to virkedager, og det blir målt.');

    // The analytic text's heading and text, a source ticked as re-read.
    await chooseGroup(page, 'Å henvise videre');
    const heading = page.getByRole('textbox', { name: 'Overskrift' });
    await heading.fill('Lenken som svarer på noe annet');
    await heading.blur();
    await page.getByRole('textbox', { name: 'Analytisk tekst for Å henvise videre' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Lenken er riktig, men svarer sjelden på spørsmålet.');
    const reread = page.getByRole('checkbox', { name: `Lest ${sourceTitle} på nytt opp mot denne teksten` });
    await reread.check();
    await expect.poll(() => reread.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.stc-rich-foot').first().textContent()).toContain('Lagret');
    await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
    // The group's golden quotes stand beside the text, the new one among them.
    expect(await page.locator('.stc-synthesis-side blockquote').allTextContents()).toContain(unitText);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'stc-step4');

    // The trail: analytic text → code group → subgroup → meaning unit → the passage in the source.
    await page.getByRole('button', { name: 'Vis sporet for den analytiske teksten' }).click();
    const trail = page.getByRole('complementary', { name: 'Sporet' });
    await expect.poll(() => trail.locator('.stc-trail-level strong').first().textContent()).toBe('Lenken som svarer på noe annet');
    await expect.poll(() => trail.textContent()).toContain("4 meningsbærende enheter fra 1 av 69 kilder");
    const passage = trail.getByRole('link', { name: `Åpne ${sourceTitle} ved tegn ${start}–${end}` }).first();
    await passage.scrollIntoViewIfNeeded();
    await screenshot(page, 'stc-trail');
    await passage.click();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(unitText);

    // The report as Markdown: the group's heading, the quote with its source and offsets.
    await openStep(page, 4);
    const waiting = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Eksporter STC-rapporten' }).getByRole('button', { name: 'Markdown' }).click();
    const download = await waiting;
    expect(download.suggestedFilename()).toBe('stc-rapport.md');
    const file = join(tmpdir(), `stc-${Date.now()}.md`);
    await download.saveAs(file);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('## Lenken som svarer på noe annet');
    expect(md).toContain(`> ${unitText}`);
    expect(md).toContain(`tegn ${start}–${end}`);
    expect(md).toMatch(new RegExp(`Kilde: ${sourceTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*tegn ${start}–${end}`));

    // And as a Word file: the same heading and quote, as Word reads them.
    const waitingDocx = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Eksporter STC-rapporten' }).getByRole('button', { name: 'Word (.docx)' }).click();
    const docx = await waitingDocx;
    expect(docx.suggestedFilename()).toBe('stc-rapport.docx');
    const docxFile = join(tmpdir(), `stc-${Date.now()}.docx`);
    await docx.saveAs(docxFile);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(docxFile) });
    expect(text).toContain('Lenken som svarer på noe annet');
    expect(text).toContain(unitText);
    expect(text).toContain(`tegn ${start}–${end}`);

    // Reload, reopen step 2 (as a researcher revising the code groups would), and step 3's work is all there.
    await page.reload();
    await page.waitForSelector('.shell');
    await page.evaluate(() => (window.location.hash = '#/analysis/stc/2'));
    await page.getByRole('button', { name: 'Åpne steget igjen' }).click();
    await expect.poll(() => page.locator('.stc-step-status').textContent()).toContain('Pågår');
    await openStep(page, 3);
    await chooseGroup(page, 'Å henvise videre');
    const kept = page.getByRole('region', { name: 'Lenken som svar' });
    await expect.poll(() => kept.locator('.stc-unit-text').allTextContents()).toEqual([unitText]);
    expect(await kept.getByRole('textbox', { name: 'Kondensat for Lenken som svar' }).textContent()).toBe(condensate);
    expect(await kept.locator('blockquote').allTextContents()).toEqual([unitText]);
  });
});
