import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoDialog(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('link', { name: /^Dialog 1\b/ }).first().click();
  await page.waitForSelector('.document .turn-text span[data-start]');
  return page.url();
}

async function codeWithPalette(page: Page, search: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Kod med …' });
  await palette.getByRole('combobox').fill(search);
  await expect.poll(async () => (await palette.getByRole('option').first().textContent())!.toLowerCase()).toContain(search.split(' ')[0]!);
  await page.keyboard.press('Enter');
  await expect.poll(() => palette.isVisible()).toBe(false);
}

const marks = (page: Page) => page.locator('.document mark.coding-mark');
const openReview = async (page: Page) => {
  await page.getByRole('link', { name: 'Gjennomgang' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Gjennomgang');
  await page.getByRole('heading', { name: 'Kodere', level: 2, exact: true }).waitFor();
};

describe('two coders and agreement', () => {
  const app = useApp();

  it('a second coder codes the same thread blind, the disagreements show, one is adopted into Konsensus and undone', async () => {
    const { page } = app();
    const dialog = await openDemoDialog(page);
    // The demo's answer key is coded by the first coder, who codes now.
    await page.locator('.coder-switch select').waitFor();
    expect(await page.locator('.coder-switch option:checked').textContent()).toBe('Koder 1');
    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);

    // A second coder joins, is made active in the Coders panel, and codes the same thread.
    await openReview(page);
    await page.getByLabel('Ny koder').fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Legg til koder' }).click();
    await page.getByRole('button', { name: 'Kod som Kari Nordmann' }).click();
    await expect.poll(() => page.locator('tr[data-coder="Kari Nordmann"]').textContent()).toContain('Aktiv koder');
    await page.goto(dialog);
    await page.waitForSelector('.document .turn-text span[data-start]');
    expect(await page.locator('.coder-switch option:checked').textContent()).toBe('Kari Nordmann');

    // Blind coding hides the first coder's codings; Kari's own coding shows.
    await page.getByLabel('Blindkoding').check();
    await expect.poll(() => marks(page).count()).toBe(0);
    await page.locator('.document .turn-text').first().click({ position: { x: 2, y: 8 } });
    await codeWithPalette(page, 'motivator');
    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
    await screenshot(page, 'agreement-blind-coding');
    await page.getByLabel('Blindkoding').uncheck();

    // The agreement table: α on the thread both coded, per code and overall, with a bootstrap interval.
    await openReview(page);
    const table = page.locator('.agreement-table');
    await table.waitFor();
    expect(await page.locator('.agreement p.lead').nth(1).textContent()).toContain('Enhet: melding eller tur. Mål: Krippendorffs α.');
    const overall = table.locator('tr[data-code="Alle koder"] td');
    expect(await overall.nth(0).textContent()).toMatch(/^[-−]?[01],\d{3}$/);
    // The interval is computed when asked (it can take a moment on a large project).
    await page.getByRole('button', { name: /^Beregn 95 %-intervaller for α/ }).click();
    await expect.poll(() => overall.nth(1).textContent()).toMatch(/^[-−]?[01],\d{3} – [-−]?[01],\d{3}$/);
    expect(await page.getByRole('button', { name: /^Beregn 95 %-intervaller/ }).count()).toBe(0);
    expect(Number(await overall.nth(2).textContent())).toBeGreaterThan(0);
    // A code neither used on the thread has no variation: undefined, said in words, not 0 or 1.
    const undefinedRow = table.locator('tbody tr', { hasText: 'udefinert' }).first();
    expect(await undefinedRow.locator('td').last().textContent()).toMatch(/^Udefinert: /);
    // Cohen's κ with the same two coders is defined overall too; Fleiss needs complete units.
    await page.getByLabel('Mål', { exact: true }).selectOption('cohen');
    await expect.poll(() => page.locator('.agreement p.lead').nth(1).textContent()).toContain('Cohens κ');
    expect(await overall.nth(0).textContent()).toMatch(/^[-−]?[01],\d{3}$/);
    await page.getByLabel('Mål', { exact: true }).selectOption('alpha');
    await screenshot(page, 'agreement-table');

    // The Review screen lists where they differ, side by side.
    const list = page.locator('.disagreement');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    const first = list.first();
    expect(await first.locator('.disagreement-coder h3').allTextContents()).toEqual(['Koder 1', 'Kari Nordmann']);
    const karis = (await first.locator('[data-coder="Kari Nordmann"] p').textContent())!;
    expect(karis).toBe('Posisjon/Motivator');
    expect((await seriousAccessibilityViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Adopt Kari's coding of that unit: a Konsensus coder appears with exactly her codes there.
    await first.getByRole('button', { name: 'Ta over Kari Nordmann' }).click();
    await expect.poll(() => first.locator('.disagreement-consensus p').textContent()).toBe(karis);
    await expect.poll(() => page.locator('tr[data-coder="Konsensus"]').count()).toBe(1);
    await screenshot(page, 'agreement-adopted');

    // One undo takes it all back, the consensus coder too.
    await page.getByRole('heading', { name: 'Uenigheter' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('tr[data-coder="Konsensus"]').count()).toBe(0);
    expect(await page.locator('.disagreement-consensus').count()).toBe(0);
  });
});
