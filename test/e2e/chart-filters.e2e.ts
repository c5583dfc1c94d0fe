import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoMatrix(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Diagrammer', exact: true }).click();
  await page.getByRole('navigation', { name: 'Velg diagram' }).getByRole('link', { name: 'Kilder etter kode' }).click();
  await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe('Kilder etter kode');
}

describe('chart filters', () => {
  const app = useApp();

  it('filters the demo matrix by speaker role: fewer cells, and the title, caption and data table say it is filtered', async () => {
    const { page } = app();
    await openDemoMatrix(page);
    const cells = page.locator('svg.chart-view g.chart-mark[aria-label]');
    await expect.poll(() => cells.count()).toBeGreaterThan(0);
    const all = await cells.count();

    const filters = page.getByRole('group', { name: 'Filtrer diagrammet' });
    // Only the roles in the demo are offered: the dialogues' users and caseworkers, the interviews' and focus group's.
    const roles = await filters.getByLabel('Rolle').locator('option').allTextContents();
    expect(roles).toContain('Veileder');
    expect(roles).toContain('Bruker / klient');
    await filters.getByLabel('Rolle').selectOption({ label: 'Veileder' });

    await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe('Kilder etter kode (filtrert: rolle = Veileder)');
    await expect.poll(() => cells.count()).not.toBe(all);
    expect(await cells.count()).toBeGreaterThan(0);
    expect(await page.locator('.charts-description').textContent()).toContain('(filtrert: rolle = Veileder)');
    // The drawn title says it too, so an exported figure shows it.
    expect(await page.locator('svg.chart-view text').first().textContent()).toBe('Kilder etter kode (filtrert: rolle = Veileder)');
    await screenshot(page, 'chart-filters-role');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The data table follows the filter: only the caseworkers' codings are counted.
    await page.getByLabel('Vis datatabell').check();
    const table = page.getByRole('table', { name: /Tallene bak «Kilder etter kode \(filtrert: rolle = Veileder\)»/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);

    await filters.getByRole('button', { name: 'Vis alt' }).click();
    await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe('Kilder etter kode');
    await expect.poll(() => cells.count()).toBe(all);
  });

  it('opens a matrix cell’s passages in Analysis ▸ segments, by click and by Enter, with the query in the usual controls', async () => {
    const { page } = app();
    await openDemoMatrix(page);
    const cells = page.locator('svg.chart-view g.chart-mark');
    await expect.poll(() => cells.count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByText('Klikk på en celle (eller trykk Enter på cellen) for å lese de kodede segmentene i Analyse.').count()).toBe(1);

    const open = async (how: 'click' | 'enter', which: number) => {
      const cell = cells.nth(which);
      const [, source, code, count] = /^(.*), ([^,]*): (\d+)$/.exec((await cell.getAttribute('aria-label')) ?? '')!;
      if (how === 'click') await cell.click();
      else {
        await cell.focus();
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/analysis\/segments\?codes=/);
      await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Kodede segmenter' }).count()).toBe(1);
      // As many passages as the cell counted, all in the cell's source.
      const found = Number(count);
      await expect.poll(() => page.locator('.retrieval-results h2').textContent()).toBe(found === 1 ? '1 segment' : `${found} segmenter`);
      expect(new Set(await page.locator('.segment-head a').allTextContents())).toEqual(new Set([source]));
      // The query is in the usual controls: the code ticked, the source chosen in the open filters.
      expect(await page.getByRole('checkbox', { name: code, exact: true }).first().isChecked()).toBe(true);
      expect(await page.locator('details.retrieval-filters').getAttribute('open')).not.toBeNull();
      expect(await page.locator('details.retrieval-filters select[multiple] option:checked').allTextContents()).toEqual([source]);
    };

    await open('click', 0);
    await screenshot(page, 'chart-cell-segments');
    await page.goBack();
    await expect.poll(() => cells.count()).toBeGreaterThan(1);
    await open('enter', 1);
  });
});
