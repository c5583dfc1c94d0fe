import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocxBomb, makeXlsxBomb, MB } from '../fixtures/import/make-zip-bomb';
import { screenshot, useApp } from './harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));

describe('hostile files in the app', () => {
  const app = useApp();
  const folder = mkdtempSync(join(tmpdir(), 'kodebok-bomb-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Before the zip guard, the .docx bomb alone ran the page out of memory after 80 s.
  it('refuses zip bombs in the parse worker within seconds and still imports the real Word document', async () => {
    const { page } = app();
    const docxBomb = join(folder, 'bombe.docx');
    const xlsxBomb = join(folder, 'bombe-lyver.xlsx');
    writeFileSync(docxBomb, makeDocxBomb({ inflatedBytes: 100 * MB }));
    writeFileSync(xlsxBomb, makeXlsxBomb({ inflatedBytes: 100 * MB, declaredBytes: 2 * MB }));

    await page.getByLabel('Prosjektnavn').fill('Bombetest');
    // Creating a project opens it at its sources.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer filer …' }).click();
    await (await chooser).setFiles([docxBomb, xlsxBomb, sample('intervjuer/intervju-03-veileder.docx')]);

    const refusedDocx = page.getByRole('article', { name: /Kan ikke importere bombe\.docx/ });
    await expect.poll(() => refusedDocx.count()).toBe(1);
    // The wording is being translated elsewhere; the limit it names is the same in every language.
    expect(await refusedDocx.getByRole('alert').textContent()).toContain('48 MB');
    const refusedXlsx = page.getByRole('article', { name: /Kan ikke importere bombe-lyver\.xlsx/ });
    await expect.poll(() => refusedXlsx.count()).toBe(1);

    const real = page.getByRole('article', { name: 'intervju-03-veileder.docx' });
    await expect.poll(() => real.locator('.facts').getByText('UTF-8', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'import-zip-bombs');
    await page.getByRole('button', { name: 'Importer 1 kilde' }).click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(1);
  });
});
