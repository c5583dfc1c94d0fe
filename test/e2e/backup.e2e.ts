import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const folder = mkdtempSync(join(tmpdir(), 'kodebok-backup-e2e-'));

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const currentProject = (page: Page) => page.locator('.current-project-name').textContent();

async function goTo(page: Page, screen: 'Prosjekter' | 'Kilder' | 'Kodebok'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: screen }).click();
  await expect.poll(() => heading(page)).toBe(screen);
}

/** The code tree as "name, counts" lines: codes and how many codings each has. */
async function codebookCounts(page: Page): Promise<string[]> {
  await goTo(page, 'Kodebok');
  const items = page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem');
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  return items.evaluateAll((lis) =>
    lis.map((li) => `${li.querySelector('.code-name')?.textContent} ${li.querySelector('.code-counts')?.textContent ?? ''}`),
  );
}

async function writeProjectMemo(page: Page, text: string): Promise<void> {
  await goTo(page, 'Kodebok');
  await page.getByRole('button', { name: 'Prosjektnotat' }).click();
  await page.getByRole('textbox', { name: 'Prosjektnotat' }).click();
  await page.keyboard.type(text);
  await expect.poll(() => page.locator('#project-memo .memo-status').textContent()).toContain('Sist endret');
}

/** File > Back up now (Ctrl+S): the browser build stores the backup and downloads it. */
async function backUpToFile(page: Page, name: string): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(folder, name);
  await (await download).saveAs(file);
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Sikkerhetskopi lagret');
  return file;
}

async function restoreFromFile(page: Page, file: string): Promise<void> {
  await goTo(page, 'Prosjekter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi …' }).click();
  await (await chooser).setFiles(file);
}

/** Creating a project opens it (at its Sources). */
async function createAndOpen(page: Page, name: string): Promise<void> {
  await page.getByLabel('Prosjektnavn').fill(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => currentProject(page)).toBe(name);
}

describe('backups that restore', () => {
  const app = useApp();

  it('backs up a project with codings and a memo, and restores the file as a new project after a summary', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');
    const original = (await currentProject(page))!;
    await writeProjectMemo(page, 'Førsteinntrykk: mange henvisninger til NAV-kontoret.');
    const counts = await codebookCounts(page);
    expect(counts.some((line) => /\d+ koding/.test(line))).toBe(true);

    const file = await backUpToFile(page, 'demo.kodebok.json');
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup.tablesSha256).toMatch(/^[0-9a-f]{64}$/);
    const codings = backup.tables.codings.length as number;
    expect(codings).toBeGreaterThan(40);

    await restoreFromFile(page, file);
    const summary = page.getByRole('dialog', { name: `Gjenopprette «${original}» som et nytt prosjekt?` });
    await expect.poll(() => summary.isVisible()).toBe(true);
    const text = (await summary.textContent())!;
    expect(text).toContain(`${backup.tables.sources.length} kilder`);
    expect(text).toContain(`${backup.tables.codes.length} koder`);
    expect(text).toContain(`${codings} kodinger`);
    expect(text).toContain('1 notat');
    expect(text).toContain('Kontrollsummen stemmer');
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'restore-summary');

    await summary.getByRole('button', { name: 'Gjenopprett som nytt prosjekt' }).click();
    await expect.poll(() => currentProject(page)).toBe(`${original} (gjenopprettet)`);
    await expect.poll(() => heading(page)).toBe('Kilder');
    // The same codes with the same number of codings, and the same memo.
    expect(await codebookCounts(page)).toEqual(counts);
    await page.getByRole('button', { name: 'Prosjektnotat' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Prosjektnotat' }).textContent())
      .toBe('Førsteinntrykk: mange henvisninger til NAV-kontoret.');

    // Both projects are there, with the same sources.
    await goTo(page, 'Prosjekter');
    const cards = page.locator('.project-card .project-meta');
    await expect.poll(() => cards.count()).toBe(2);
    const sources = `${backup.tables.sources.length} kilder`;
    await expect.poll(async () => (await cards.allTextContents()).map((meta) => meta.includes(sources))).toEqual([true, true]);
    await screenshot(page, 'restore-projects');
  });

  it('refuses a truncated backup with a clear Norwegian message, and no project appears', async () => {
    const { page } = app();
    await createAndOpen(page, 'Avkortet studie');
    await writeProjectMemo(page, 'Et notat som skal med.');
    const whole = readFileSync(await backUpToFile(page, 'hel.kodebok.json'));
    const truncated = join(folder, 'avkortet.kodebok.json');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));

    await restoreFromFile(page, truncated);
    const refused = page.getByRole('dialog', { name: 'Denne sikkerhetskopien kan ikke gjenopprettes' });
    await expect.poll(() => refused.isVisible()).toBe(true);
    const message = (await refused.getByRole('alert').textContent())!;
    expect(message).toContain('avkortet.kodebok.json er ufullstendig');
    expect(message).toContain('Velg en annen sikkerhetskopi');
    expect(await refused.textContent()).toContain('Ingenting ble gjenopprettet');
    await screenshot(page, 'restore-refused');
    await refused.getByRole('button', { name: 'Lukk' }).click();
    expect(await page.locator('.project-card').count()).toBe(1);
    await expect.poll(() => currentProject(page)).toBe('Avkortet studie');
  });

  it('lists a project’s stored backups and restores one from the list', async () => {
    const { page } = app();
    await createAndOpen(page, 'Liste');
    await writeProjectMemo(page, 'Notat i lista.');
    await backUpToFile(page, 'liste.kodebok.json');
    await goTo(page, 'Prosjekter');
    await page.getByRole('button', { name: 'Sikkerhetskopier Liste' }).click();
    const list = page.getByRole('dialog', { name: 'Sikkerhetskopier av «Liste»' });
    await expect.poll(() => list.getByRole('row').count()).toBe(2);
    expect(await list.getByLabel('Sikkerhetskopier som beholdes per prosjekt').inputValue()).toBe('20');
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'backups-list');
    await list.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra / }).click();
    const summary = page.getByRole('dialog', { name: 'Gjenopprette «Liste» som et nytt prosjekt?' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('1 notat');
    await summary.getByRole('button', { name: 'Gjenopprett som nytt prosjekt' }).click();
    await expect.poll(() => currentProject(page)).toBe('Liste (gjenopprettet)');
  });

  it('backs up automatically after a change, without asking, when the page is hidden', async () => {
    const { page } = app();
    await createAndOpen(page, 'Automatisk');
    await writeProjectMemo(page, 'Endret uten å ta kopi.');
    // Leaving the tab (or closing it) is the browser build's "on quit": what is due is written now.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await goTo(page, 'Prosjekter');
    await page.getByRole('button', { name: 'Sikkerhetskopier Automatisk' }).click();
    const list = page.getByRole('dialog', { name: 'Sikkerhetskopier av «Automatisk»' });
    await expect.poll(() => list.getByRole('row').count()).toBe(2);
  });
});
