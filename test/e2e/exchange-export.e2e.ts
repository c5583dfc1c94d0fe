import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { refiSchemaErrors } from '../unit/exchange/xsd-validate';
import { screensDir, screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('export the project (REFI-QDA, CSV, XLSX)', () => {
  const app = useApp();

  it('saves the demo project as a .qdpx holding project.qde and its sources, and the segments as CSV and Excel', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
    // The tab, once the Analysis screen is there (the sources list has titles with "eksport" in them).
    await page.getByRole('navigation', { name: 'Analysemåter' }).getByRole('link', { name: 'Eksport', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Eksporter prosjektet' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'exchange-export');

    const qdpx = await download(page, 'REFI-QDA-prosjekt (.qdpx)');
    expect(qdpx.name).toMatch(/^Demo Grensearbeid i digitale dialoger\.qdpx$/);
    expect(qdpx.bytes.length).toBeGreaterThan(10_000);
    const entries = unzipSync(new Uint8Array(qdpx.bytes));
    const qde = strFromU8(entries['project.qde']!);
    expect(await refiSchemaErrors(qde, 'Project')).toEqual([]);
    const sources = Object.keys(entries).filter((p) => p.startsWith('sources/') && p.endsWith('.txt'));
    expect(sources.length).toBeGreaterThan(0);
    expect(qde.match(/<TextSource /g)).toHaveLength(sources.length);
    expect(qde.match(/<PlainTextSelection /g)!.length).toBeGreaterThan(100);
    expect(entries['kodebok/extension.json']).toBeDefined();
    writeFileSync(`${screensDir}exchange-demo.qdpx`, qdpx.bytes);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Eksporterte' }).count()).toBeGreaterThan(0);

    const csv = await download(page, 'Kodede segmenter (CSV)');
    expect(csv.name).toMatch(/-segmenter\.csv$/);
    const header = csv.bytes.toString('utf8').split('\r\n')[0];
    // Bokmål UI: ";" between fields, as Excel expects with a decimal comma.
    expect(header).toBe('\uFEFFsource;speaker;role;delay_hours;delay_phrase;code;code_path;coder;start;end;text;Målform');

    const xlsx = await download(page, 'Kodede segmenter (Excel)');
    expect(xlsx.name).toMatch(/-segmenter\.xlsx$/);
    const workbook = unzipSync(new Uint8Array(xlsx.bytes));
    expect(strFromU8(workbook['xl/workbook.xml']!)).toContain('name="Segmenter"');

    const qdc = await download(page, 'Kodebok (.qdc)');
    expect(await refiSchemaErrors(qdc.bytes.toString('utf8'), 'Codebook')).toEqual([]);
  });
});
