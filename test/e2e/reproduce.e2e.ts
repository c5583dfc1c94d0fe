import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoReproduce(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Reproduser' }).click();
  await page.waitForSelector('.reproduce-table tbody tr');
}

/** One row of the table as a reader sees it: computed, published (the field), difference, explanation. */
async function row(page: Page, category: string) {
  const tr = page.locator(`.reproduce-row[data-category="${category}"]`);
  return {
    computed: await tr.locator('.reproduce-computed').textContent(),
    published: await tr.locator('input').inputValue(),
    difference: await tr.locator('.reproduce-diff').textContent(),
    explanation: (await tr.locator('.reproduce-explanation').textContent())?.replace(/\u00a0/g, ' '),
  };
}

const field = (page: Page, name: string) => page.getByRole('spinbutton', { name: `Publisert verdi for ${name}` });

describe('reproduce a published table', () => {
  const app = useApp();

  it('matches the study on the demo, shows and explains a difference, keeps it over a reload and undoes an edit', async () => {
    const { page } = app();
    await openDemoReproduce(page);

    // The demo comes with the study's published values, and every row matches.
    const expected = {
      sequences: '47',
      'no-written-response': '3',
      'help-without-boundary-work': '13',
      'boundary-work': '31',
      clear: '10',
      ambiguous: '23',
    };
    for (const [category, value] of Object.entries(expected)) {
      expect(await row(page, category)).toMatchObject({ computed: value, published: value, difference: '✓ Stemmer' });
    }
    await expect
      .poll(() => page.locator('.reproduce-summary').textContent())
      .toContain('Tallene stemmer med den publiserte tabellen.');
    // 10 + 23 > 31 is explained even when everything matches.
    expect((await row(page, 'clear')).explanation).toContain('10 + 23 > 31');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A different published value: the difference is said in words, with why.
    await field(page, 'Tydelig grensearbeid').fill('12');
    await field(page, 'Tydelig grensearbeid').press('Enter');
    await expect.poll(async () => (await row(page, 'clear')).difference).toBe('Avvik −2');
    expect((await row(page, 'clear')).explanation).toContain(
      'Prosjektet har 2 sekvenser færre med denne koden enn publisert',
    );
    await expect
      .poll(() => page.locator('.reproduce-summary').textContent())
      .toContain('1 rad avviker fra den publiserte tabellen.');
    await screenshot(page, 'reproduce');

    // Saved with the project: a reload keeps it.
    await page.reload();
    await page.waitForSelector('.reproduce-table tbody tr');
    await expect.poll(async () => (await row(page, 'clear')).published).toBe('12');
    expect((await row(page, 'clear')).difference).toBe('Avvik −2');

    // An edit is one undo step: Ctrl+Z with the focus outside the field puts the value back.
    await field(page, 'Tvetydig grensearbeid').fill('25');
    await page.locator('.reproduce-intro').click();
    await expect.poll(async () => (await row(page, 'ambiguous')).difference).toBe('Avvik −2');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await row(page, 'ambiguous')).published).toBe('23');
    expect((await row(page, 'ambiguous')).difference).toBe('✓ Stemmer');

    // Putting the study's value back makes the whole table match again.
    await field(page, 'Tydelig grensearbeid').fill('10');
    await field(page, 'Tydelig grensearbeid').press('Tab');
    await expect
      .poll(() => page.locator('.reproduce-summary').textContent())
      .toContain('Tallene stemmer med den publiserte tabellen.');
  }, 90_000);

  it('refuses a count that is not a whole number, in words', async () => {
    const { page } = app();
    await openDemoReproduce(page);
    await field(page, 'Sekvenser').fill('-3');
    await field(page, 'Sekvenser').press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Skriv et helt tall fra 0 til');
    // Nothing was saved: the stored value still matches.
    await page.keyboard.press('Escape');
    expect(await row(page, 'sequences')).toMatchObject({ published: '47', difference: '✓ Stemmer' });
  }, 60_000);
});
