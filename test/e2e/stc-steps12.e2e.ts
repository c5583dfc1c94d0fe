import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

/** "5 av 8 kilder lest" → [5, 8]. */
async function readProgress(page: Page): Promise<[number, number]> {
  const text = (await page.locator('#stc-reading-title + .stc-count').textContent()) ?? '';
  const [read, total] = (text.match(/\d+/g) ?? []).map(Number);
  return [read ?? NaN, total ?? NaN];
}

const unsortedCount = async (page: Page) =>
  Number(((await page.locator('#stc-unsorted-title + .stc-count').textContent()) ?? '').match(/\d+/)?.[0] ?? NaN);
const group = (page: Page, name: string) =>
  page
    .getByRole('listitem', { name: `${name}` })
    .filter({ has: page.getByRole('heading', { level: 4, name, exact: true }) });

describe('systematic text condensation, steps 1 and 2', () => {
  const app = useApp();

  it('reads, notes a theme, grows a code group from it, takes codings in, sorts a unit and keeps it all across a reload', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Systematisk tekstkondensering' }).click();
    await page.getByRole('link', { name: /^1?\s*Helhetsinntrykk/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Helhetsinntrykk/ }).count()).toBe(1);

    // Step 1: marking a source read moves the progress on.
    const [readBefore, total] = await readProgress(page);
    expect(total).toBeGreaterThan(readBefore);
    await page.getByRole('button', { name: 'Merk som lest' }).first().click();
    await expect.poll(() => readProgress(page)).toEqual([readBefore + 1, total]);
    expect(await page.locator('#stc-reading-title + .stc-count').textContent()).toBe(
      `${readBefore + 1} av ${total} kilder lest`,
    );

    // A preliminary theme, with a note.
    await page.getByLabel('Nytt tema').fill('Ventetid');
    await page.getByRole('button', { name: 'Legg til tema' }).click();
    const themeName = page.locator('.stc-theme-name').last();
    await expect.poll(() => themeName.inputValue()).toBe('Ventetid');
    await page.getByLabel('Notat om Ventetid').fill('Brukerne venter på svar om penger, og skriver igjen.');
    await page.getByLabel('Notat om Ventetid').blur();
    await page.locator('.main').evaluate((main) => (main.scrollTop = 0));
    await screenshot(page, 'stc-step1');

    // Step 2: a code group grown from the theme.
    await page.getByRole('link', { name: /^2?\s*Meningsbærende enheter/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Meningsbærende enheter/ }).count()).toBe(1);
    await page
      .getByRole('group', { name: 'Fra foreløpige temaer' })
      .getByRole('checkbox', { name: 'Ventetid' })
      .check();
    await page.getByRole('button', { name: 'Opprett kodegruppe' }).click();
    await expect.poll(() => group(page, 'Ventetid').count()).toBe(1);
    expect(await group(page, 'Ventetid').locator('.stc-group-themes').textContent()).toBe('Fra: Ventetid');

    // Take in the codings of a code as meaning units: they arrive unsorted, with source and text.
    const before = await unsortedCount(page);
    const codeSelect = page.getByRole('combobox', { name: /^Kode/ });
    const value = await codeSelect.locator('option', { hasText: 'Tydelig' }).first().getAttribute('value');
    await codeSelect.selectOption(value!);
    const takeIn = page.getByRole('button', { name: /^Ta inn \d+ koding/ });
    const taking = Number((await takeIn.textContent())!.match(/\d+/)![0]);
    expect(taking).toBeGreaterThan(0);
    await takeIn.click();
    await expect.poll(() => unsortedCount(page)).toBeGreaterThan(before);
    const firstUnsorted = page.locator('.stc-unsorted .stc-unit').first();
    // Each unit shows its words (the source's current text between its offsets) once the texts are read.
    await expect
      .poll(async () => ((await firstUnsorted.locator('.stc-unit-text').textContent()) ?? '').length)
      .toBeGreaterThan(10);
    expect(await firstUnsorted.locator('.stc-unit-source').getAttribute('href')).toMatch(
      /^#\/sources\/[^?]+\?at=\d+-\d+$/,
    );

    // Sort one unsorted unit into the group by selecting it and choosing the group.
    const unsortedNow = await unsortedCount(page);
    await firstUnsorted.getByRole('checkbox').check();
    await page.getByRole('region', { name: 'Sorter inn i' }).getByRole('combobox').selectOption({ label: 'Ventetid' });
    await page.getByRole('button', { name: 'Sorter', exact: true }).click();
    await expect.poll(() => unsortedCount(page)).toBe(unsortedNow - 1);
    await expect
      .poll(() => group(page, 'Ventetid').locator('.stc-group-count').textContent())
      .toBe(`1 meningsbærende enhet fra 1 av ${total} kilder`);

    // And one more by drag and drop.
    // (HTML drag and drop driven by its events: headless Chromium does not start a native drag from mouse moves.)
    const carried = await page.evaluateHandle(() => new DataTransfer());
    await page.locator('.stc-unsorted .stc-unit').first().dispatchEvent('dragstart', { dataTransfer: carried });
    await group(page, 'Ventetid').dispatchEvent('dragover', { dataTransfer: carried });
    await group(page, 'Ventetid').dispatchEvent('drop', { dataTransfer: carried });
    await expect.poll(() => unsortedCount(page)).toBe(unsortedNow - 2);
    await expect.poll(() => group(page, 'Ventetid').locator('.stc-unit').count()).toBe(2);

    // The demo has step 2 done: reopen it, then mark it done again.
    await page.getByRole('button', { name: 'Åpne steget igjen' }).click();
    await expect.poll(() => page.locator('.stc-step-status .stc-state').textContent()).toBe('Pågår');
    await page.getByRole('button', { name: 'Merk steget som ferdig' }).click();
    await expect.poll(() => page.locator('.stc-step-status .stc-state').textContent()).toBe('Ferdig');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('.main').evaluate((main) => (main.scrollTop = 0));
    await page
      .locator('.toast .button-quiet')
      .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await expect.poll(() => page.locator('.toast').count()).toBe(0);
    await screenshot(page, 'stc-step2');

    // After a reload the step, the group and its units, and the theme are all still there.
    const counted = await group(page, 'Ventetid').locator('.stc-group-count').textContent();
    await page.reload();
    await page.waitForSelector('.stc-step-status');
    expect(await page.locator('.stc-step-status .stc-state').textContent()).toBe('Ferdig');
    await expect.poll(() => group(page, 'Ventetid').locator('.stc-group-count').textContent()).toBe(counted);
    await expect.poll(() => unsortedCount(page)).toBe(unsortedNow - 2);
    await page.getByRole('link', { name: /^1?\s*Helhetsinntrykk/ }).click();
    await expect.poll(() => page.locator('.stc-theme-name').last().inputValue()).toBe('Ventetid');
    expect(await readProgress(page)).toEqual([readBefore + 1, total]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // In nynorsk the steps and the progress speak nynorsk.
    await page.getByLabel('Språk').selectOption('nn');
    await expect
      .poll(() => page.locator('#stc-reading-title + .stc-count').textContent())
      .toBe(`${readBefore + 1} av ${total} kjelder lesne`);
    expect(await page.locator('.stc-step-status h2').textContent()).toBe('Heilskapsinntrykk — Frå kaos til tema');
    await page.locator('.main').evaluate((main) => (main.scrollTop = 0));
    await screenshot(page, 'stc-step1-nn');
  });

  it('marks a new meaning unit from a selection in the coding workspace, and it arrives unsorted with its words and a way back', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page
      .getByRole('link', { name: /intervju-01/ })
      .first()
      .click();
    await page.waitForSelector('.document .turn-text span[data-start]');
    const mark = page.getByRole('button', { name: 'Meningsbærende enhet' });
    const turn = page.locator('.document .turn-text').nth(1);
    await turn.click({ position: { x: 2, y: 8 } });
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
    expect(selected.length).toBeGreaterThan(0);
    await expect.poll(() => mark.isDisabled()).toBe(false);
    await mark.click();
    await expect.poll(() => page.getByText('Markert som meningsbærende enhet.').count()).toBe(1);

    await page.goto(`${page.url().split('#')[0]}#/analysis/stc/2`);
    await page.waitForSelector('.stc-unsorted');
    const unit = page.locator('.stc-unsorted .stc-unit').filter({ hasText: selected });
    await expect.poll(() => unit.count()).toBe(1);
    expect(await unit.locator('.stc-unit-source').textContent()).toMatch(/intervju-01/);
    await unit.locator('.stc-unit-source').click();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim() ?? '')).toBe(selected);
  });

  it('asks before a code group with golden quotes goes, naming the quotes, and keeps it on "Behold"', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.goto(`${page.url().split('#')[0]}#/analysis/stc/2`);
    const referral = group(page, 'Å henvise videre');
    await expect.poll(() => referral.count()).toBe(1);

    await referral.getByRole('button', { name: 'Slett', exact: true }).first().click();
    await page
      .getByRole('dialog', { name: 'Slette kodegruppen «Å henvise videre»?' })
      .getByRole('button', { name: 'Slett' })
      .click();
    const ask = page.getByRole('dialog', { name: 'Dette fjerner gullsitater' });
    await expect.poll(() => ask.isVisible()).toBe(true);
    // The quotes are named in their own words, once the source texts are read.
    await expect.poll(() => ask.textContent()).toContain('Og da er lenken på en måte et svar som ikke svarer.');
    expect(await ask.textContent()).toContain('Den analytiske teksten');
    await screenshot(page, 'stc-confirm-quotes');
    await ask.getByRole('button', { name: 'Behold' }).click();
    await expect.poll(() => ask.isVisible()).toBe(false);
    expect(await referral.count()).toBe(1);

    await referral.getByRole('button', { name: 'Slett', exact: true }).first().click();
    await page
      .getByRole('dialog', { name: 'Slette kodegruppen «Å henvise videre»?' })
      .getByRole('button', { name: 'Slett' })
      .click();
    await ask.getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(() => referral.count()).toBe(0);
  });

  it('splits a unit off into a new code group and merges it back, and moves a theme with Alt+↓', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.goto(`${page.url().split('#')[0]}#/analysis/stc/2`);
    const helper = group(page, 'Hjelper og portvokter');
    await expect.poll(() => helper.count()).toBe(1);
    const unitsIn = async (name: string) =>
      Number(((await group(page, name).locator('.stc-group-count').textContent()) ?? '').match(/\d+/)?.[0] ?? NaN);
    const before = await unitsIn('Hjelper og portvokter');

    await helper.getByRole('button', { name: 'Del…' }).click();
    const split = page.getByRole('dialog', { name: 'Del «Hjelper og portvokter»' });
    await split.getByLabel('Navn på den nye kodegruppen').fill('Å svare i et annet system');
    await split.getByRole('checkbox', { name: /svarer jeg i et annet system/ }).check();
    await split.getByRole('button', { name: 'Del', exact: true }).click();
    await expect.poll(() => group(page, 'Å svare i et annet system').count()).toBe(1);
    await expect.poll(() => unitsIn('Hjelper og portvokter')).toBe(before - 1);
    expect(await unitsIn('Å svare i et annet system')).toBe(1);

    await group(page, 'Å svare i et annet system').getByRole('button', { name: 'Slå sammen med…' }).click();
    const merge = page.getByRole('dialog', { name: 'Slå «Å svare i et annet system» sammen med en annen kodegruppe' });
    await merge.getByRole('combobox').selectOption({ label: 'Hjelper og portvokter' });
    await merge.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect.poll(() => group(page, 'Å svare i et annet system').count()).toBe(0);
    await expect.poll(() => unitsIn('Hjelper og portvokter')).toBe(before);

    // Step 1: Alt+↓ in a theme's name moves the theme one place down, and the caret stays in it.
    await page.getByRole('link', { name: /^1?\s*Helhetsinntrykk/ }).click();
    const names = () =>
      page.locator('.stc-theme-name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(names).toEqual(['Henvisning', 'Tidspress', 'Rolleskifte']);
    await page.getByLabel('Navn på tema 1').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(names).toEqual(['Tidspress', 'Henvisning', 'Rolleskifte']);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('Henvisning');
  });
});
