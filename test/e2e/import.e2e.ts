import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));

async function openNewProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Prosjektnavn').fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `Åpne ${name}` }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer filer …' }).click();
  await (await chooser).setFiles(paths);
}

describe('import', () => {
  const app = useApp();

  it('imports three sample files with a role fixed in the preview, and keeps them after reload', async () => {
    const { page } = app();
    await openNewProject(page, 'Importtest');
    await chooseFiles(page, [
      sample('dialoger/eldre-eksport-cp1252.txt'),
      sample('intervjuer/intervju-02-veileder-nynorsk.txt'),
      sample('opptak/samtale-utdrag.vtt'),
    ]);
    const cp1252 = page.getByRole('article', { name: 'eldre-eksport-cp1252.txt' });
    await expect.poll(() => cp1252.locator('.facts').getByText('windows-1252', { exact: true }).count()).toBe(1);
    expect(await cp1252.locator('.facts').getByText('CRLF', { exact: true }).count()).toBe(1);

    // The nynorsk interview: the informant is a participant; make the interviewer a moderator instead.
    const interview = page.getByRole('article', { name: 'intervju-02-veileder-nynorsk.txt' });
    await expect.poll(() => interview.getByLabel('Rolle for Intervjuar').inputValue()).toBe('interviewer');
    await interview.getByLabel('Rolle for Intervjuar').selectOption('moderator');
    await screenshot(page, 'import-preview');

    const commit = page.getByRole('button', { name: /^Importer \d+ kilder$/ });
    // The count is final once every file is parsed (the button is disabled until then).
    await expect.poll(() => commit.isEnabled()).toBe(true);
    const label = await commit.textContent();
    const count = Number(label!.match(/\d+/)![0]);
    expect(count).toBeGreaterThanOrEqual(3);
    await commit.click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(count);

    await page.reload();
    await page.waitForSelector('.source-table');
    expect(await page.locator('.source-table tbody tr').count()).toBe(count);

    // æøå survived the Windows-1252 file, and the role choice was stored.
    await page.getByRole('link', { name: /intervju-02/ }).click();
    await expect.poll(() => page.locator('.turn').count()).toBeGreaterThan(10);
    expect(await page.locator('.turn.role-moderator').count()).toBeGreaterThan(0);
    expect(await page.locator('.turn.role-interviewer').count()).toBe(0);
    await screenshot(page, 'source-view');
    await page.getByRole('link', { name: /Alle kilder/ }).click();
    const cpSource = page.locator('.source-table tbody tr', { hasText: 'eldre-eksport-cp1252.txt' }).first();
    await cpSource.getByRole('link').click();
    await expect.poll(() => page.locator('.turn-text').first().textContent()).toMatch(/[æøåÆØÅ]/);
    expect(await page.locator('main').textContent()).not.toContain('\uFFFD');
  });

  it('names a file it cannot read and still imports the rest', async () => {
    const { page } = app();
    await openNewProject(page, 'Feiltest');
    await chooseFiles(page, [sample('fokusgrupper/fokusgruppe-vignett.txt'), fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url))]);
    const bad = page.getByRole('article', { name: /Kan ikke importere screenshot\.png/ });
    await expect.poll(() => bad.count()).toBe(1);
    expect(await bad.getByRole('alert').textContent()).toContain('ikke en tekstfil');
    await page.getByRole('button', { name: 'Importer 1 kilde' }).click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(1);
  });

  it('flags a file imported before and leaves it out unless the user includes it', async () => {
    const { page } = app();
    await openNewProject(page, 'Duplikattest');
    await chooseFiles(page, [sample('fokusgrupper/fokusgruppe-vignett.txt')]);
    await page.getByRole('button', { name: 'Importer 1 kilde' }).click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(1);
    await chooseFiles(page, [sample('fokusgrupper/fokusgruppe-vignett.txt')]);
    await expect.poll(() => page.getByText('importert i prosjektet før').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Importer 0 kilder$/ }).isDisabled()).toBe(true);
  });
});
