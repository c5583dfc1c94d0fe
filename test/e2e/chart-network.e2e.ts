import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngChunks } from '../../shared/charts/print-png';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoChart(page: Page, link: string): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Diagrammer', exact: true }).click();
  await page.getByRole('navigation', { name: 'Velg diagram' }).getByRole('link', { name: link }).click();
  await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe(link);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('co-occurrence network, keyboard and print export', () => {
  const app = useApp();

  it('moves between marks with the arrow keys, one Tab stop, the focused mark captioned', async () => {
    const { page } = app();
    await openDemoChart(page, 'Kodefrekvenser');
    const marks = page.locator('svg.chart-view g.chart-mark');
    const count = await marks.count();
    expect(count).toBeGreaterThan(3);
    expect(await page.locator('svg.chart-view g.chart-mark[tabindex="0"]').count()).toBe(1);
    const labels = await marks.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));

    // Tabbing on from the export buttons (past the filters) lands on the first mark.
    await page.getByRole('button', { name: 'Eksporter CSV' }).focus();
    const inChart = () => page.evaluate(() => document.activeElement?.closest('svg.chart-view') != null);
    for (let presses = 0; presses < 12 && !(await inChart()); presses += 1) await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe(labels[0]);
    await expect.poll(() => page.locator('.chart-caption').textContent()).toBe(labels[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe(labels[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe(labels[2]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedLabel(page)).toBe(labels[1]);
    await page.keyboard.press('End');
    expect(await focusedLabel(page)).toBe(labels[count - 1]);
    await expect.poll(() => page.locator('.chart-caption').textContent()).toBe(labels[count - 1]);
    await page.keyboard.press('Home');
    expect(await focusedLabel(page)).toBe(labels[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel(page)).toBe(labels[0]);
    // The mark last visited keeps the Tab stop; Tab leaves the chart instead of walking every bar.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('svg.chart-view g.chart-mark[tabindex="0"]').getAttribute('aria-label')).toBe(labels[1]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg.chart-view') === null)).toBe(true);
    await expect.poll(() => page.locator('.chart-caption').count()).toBe(0);
  });

  it('draws co-occurrence as a network with a threshold slider, and exports a 300 dpi PNG at the print width', async () => {
    const { page } = app();
    await openDemoChart(page, 'Samforekomst av koder');
    await page.getByRole('radio', { name: 'Nettverk' }).check();
    await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe('Kodenettverk');
    const links = page.locator('svg.chart-view g.chart-mark line');
    const nodes = page.locator('svg.chart-view g.chart-mark circle');
    await expect.poll(() => nodes.count()).toBeGreaterThan(5);
    const allLinks = await links.count();
    expect(allLinks).toBeGreaterThan(5);

    // The slider is a keyboard-usable range input, its value written beside it.
    const slider = page.getByRole('slider', { name: 'Minste antall for en kobling' });
    expect(await slider.inputValue()).toBe('1');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('3');
    await expect.poll(() => page.locator('output.charts-threshold').textContent()).toBe('3');
    await expect.poll(() => links.count()).toBeLessThan(allLinks);
    expect(await nodes.count()).toBeGreaterThan(5);
    expect(await page.locator('.charts-description').textContent()).toContain('minst 3 ganger');
    // Links are translucent so crossings read.
    expect(Number(await links.first().getAttribute('stroke-opacity'))).toBeLessThan(1);
    await screenshot(page, 'chart-network');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A print width of 8 cm: 945 px across at 300 dpi, and the file says 300 dpi (11 811 px per metre).
    await page.getByLabel('Trykkbredde (PNG, 300 dpi)').selectOption({ label: '8 cm (én spalte)' });
    const png = await download(page, 'Eksporter PNG');
    expect(png.name).toBe('Kodenettverk.png');
    const bytes = new Uint8Array(png.bytes);
    const chunks = pngChunks(bytes);
    expect(chunks.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    const header = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 8);
    expect(header.getUint32(0)).toBe(945);
    const phys = new DataView(chunks[1]!.data.buffer, chunks[1]!.data.byteOffset, 9);
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([11811, 11811, 1]);

    // The print width is remembered while the app runs: another chart offers the same width.
    await page.getByRole('link', { name: 'Kodefrekvenser' }).click();
    await expect.poll(() => page.getByLabel('Trykkbredde (PNG, 300 dpi)').inputValue()).toBe('8');
  });
});
