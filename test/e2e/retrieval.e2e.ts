import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const found = async (page: Page) => {
  const heading = await page.locator('.retrieval-results-head h2').textContent();
  return Number(heading!.match(/\d+/)?.[0] ?? NaN);
};

async function pick(page: Page, group: string, path: string): Promise<void> {
  await page.getByRole('group', { name: group }).getByRole('checkbox', { name: path, exact: true }).check();
}

describe('retrieval (coded segments)', () => {
  const app = useApp();

  it('finds the demo sequences with AND and NOT, reproducing the study, and jumps to a segment', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Kodede segmenter' }).count()).toBe(1);

    // OR on one code: the 31 boundary-work sequences, one segment each.
    await pick(page, 'Koder', 'Respons/Grensearbeid');
    await expect.poll(() => found(page)).toBe(31);

    // NOT: boundary work without a clear strategy = 31 − 10 = 21 sequences.
    await page.getByLabel('Kombiner').selectOption('not');
    await pick(page, 'B: sammenlignet med segmenter kodet med', 'Grensearbeid/Tydelig');
    await expect.poll(() => found(page)).toBe(21);
    // Which list is which, in words and with the codes' names.
    expect(await page.locator('.retrieval-explain').textContent()).toBe(
      'Segmenter med «Respons/Grensearbeid» som ikke overlapper noe segment med «Grensearbeid/Tydelig».',
    );
    await screenshot(page, 'retrieval-not');

    // AND: the text coded both as help-without-boundary-work and with a helper position: caseworker replies only.
    await page.getByRole('button', { name: 'Tøm spørringen' }).click();
    await pick(page, 'Koder', 'Respons/Hjelp uten grensearbeid');
    await pick(page, 'Koder', 'Posisjon/Hjelper');
    await page.getByLabel('Kombiner').selectOption('and');
    await expect.poll(() => found(page)).toBeGreaterThan(0);
    const roles = await page.locator('.segment-head .muted').allTextContents();
    expect(roles.every((r) => r.includes('Veileder'))).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A segment's source link opens the document with the segment selected.
    await page.locator('.segment-head a').first().click();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
  });
});
