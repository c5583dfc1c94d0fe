import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoCharts(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Diagrammer', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Diagrammer' }).count()).toBe(1);
}

async function download(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Whether the browser's XML parser reads the text as an SVG document without an error. */
function wellFormedSvg(page: Page, svg: string): Promise<boolean> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.documentElement.nodeName === 'svg' && doc.getElementsByTagName('parsererror').length === 0;
  }, svg);
}

const kinds = [
  { link: 'Kodefrekvenser', hash: 'frequencies' },
  { link: 'Samforekomst av koder', hash: 'cooccurrence' },
  { link: 'Kilder etter kode', hash: 'matrix' },
];

describe('charts', () => {
  const app = useApp();

  it('draws each chart of the demo with focusable marks, exports the same SVG as on screen, and shows its numbers as a table', async () => {
    const { page } = app();
    await openDemoCharts(page);

    for (const kind of kinds) {
      await page.getByRole('navigation', { name: 'Velg diagram' }).getByRole('link', { name: kind.link }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/analysis/charts/${kind.hash}`);
      await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe(kind.link);
      const focusable = page.locator('svg.chart-view g.chart-mark[aria-label]');
      await expect.poll(() => focusable.count()).toBeGreaterThan(0);
      const marks = await focusable.count();

      // Tab reaches a mark, and it is read by its text alternative.
      await focusable.first().focus();
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(focused.length).toBeGreaterThan(0);
      // The focused mark shows it: its shapes get a thick dark edge.
      expect(await focusable.first().evaluate((g) => getComputedStyle(g.querySelector('rect, circle, path') ?? g).strokeWidth)).toBe('3px');
      if (kind.hash === 'frequencies') await screenshot(page, 'charts-frequencies');

      const svg = await download(page, 'Eksporter SVG');
      expect(svg.name).toBe(`${kind.link}.svg`);
      expect(await wellFormedSvg(page, svg.text)).toBe(true);
      // The same groups on screen and in the file: every mark, its focusable groups and the legend.
      expect((svg.text.match(/<g[\s>]/g) ?? []).length).toBe(await page.locator('svg.chart-view g').count());
      expect((svg.text.match(/<g role="group" aria-label="/g) ?? []).length).toBe(marks);
    }

    // A parent code's bar folds its sub-codes away on a click, and Enter shows them again.
    await page.getByRole('link', { name: 'Kodefrekvenser' }).click();
    const bars = page.locator('svg.chart-view g.chart-mark[aria-label]');
    await expect.poll(() => bars.count()).toBe(21);
    await bars.first().click();
    // "Respons" hides its three response types.
    await expect.poll(() => bars.count()).toBe(18);
    expect(await bars.first().getAttribute('aria-label')).toBe('Respons: kodinger 47, kilder 47 (underkodene er skjult)');
    expect(await page.locator('.charts-description').textContent()).toContain('Underkodene til Respons er skjult');
    await bars.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => bars.count()).toBe(21);

    // The co-occurrence chart can count codes in the same source instead of overlapping segments.
    await page.getByRole('link', { name: 'Samforekomst av koder' }).click();
    const overlap = await page.locator('.charts-description').textContent();
    await page.getByLabel('Brukt sammen').selectOption({ label: 'i samme kilde' });
    await expect.poll(() => page.locator('.charts-description').textContent()).not.toBe(overlap);
    expect(await page.locator('.charts-description').textContent()).toContain('i samme kilde');

    // The matrix can put the most coded source first.
    await page.getByRole('link', { name: 'Kilder etter kode' }).click();
    await page.getByLabel('Sortert etter').selectOption({ label: 'antall kodinger' });
    await expect.poll(() => page.locator('.charts-description').textContent()).toContain('sortert etter antall kodinger');

    // The data table: hidden until asked for, then the chart's numbers with a header row.
    await page.getByRole('link', { name: 'Kodefrekvenser' }).click();
    expect(await page.locator('.charts-table').count()).toBe(0);
    await page.getByLabel('Vis datatabell').check();
    const table = page.getByRole('table', { name: 'Tallene bak «Kodefrekvenser»' });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('thead th').allTextContents()).toContain('Kodinger');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Vis datatabell').uncheck();
    expect(await page.locator('.charts-table').count()).toBe(0);

    const csv = await download(page, 'Eksporter CSV');
    expect(csv.name).toBe('Kodefrekvenser.csv');
    expect(csv.text).toContain('Kodinger');
    const png = await download(page, 'Eksporter PNG');
    expect(png.name).toBe('Kodefrekvenser.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
