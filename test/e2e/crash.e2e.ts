import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { holdWriteOn, killBrowser, openPersistentApp, storedCounts, waitForHeldWrite, type PersistentApp } from './crash-harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));

/** A long, invented dialogue log: thousands of messages, so its import is one large write. */
function largeDialogue(messages: number): string {
  const lines: string[] = [];
  for (let i = 0; i < messages; i++) {
    lines.push(
      i % 2 === 0
        ? `Bruker: Hei, dette er melding ${i + 1}. Jeg lurer på når søknaden om bostøtte blir behandlet.`
        : `Veileder: Takk for meldingen (${i + 1}). Saken ligger til behandling, og du får svar i løpet av uka.`,
    );
  }
  return lines.join('\n\n');
}

async function openNewProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Prosjektnavn').fill(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
}

async function importFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer filer …' }).click();
  await (await chooser).setFiles(paths);
  await expect.poll(() => page.getByRole('button', { name: /^Importer \d+ kilder?$/ }).isEnabled(), { timeout: 30_000 }).toBe(true);
}

const commitButton = (page: Page) => page.getByRole('button', { name: /^Importer \d+ kilder?$/ });
const sourceRows = (page: Page) => page.locator('.source-table tbody tr');

/** Selects `words` words at the start of turn `turn` and codes them with the palette's first match for `search`. */
async function codeWords(page: Page, turn: number, words: number, search: string): Promise<void> {
  const text = page.locator('.document .turn-text').nth(turn);
  await text.click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.locator('.coding-target p').textContent()).toMatch(/^Kodes: «.+»$/);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Kod med …' });
  await palette.getByRole('combobox').fill(search);
  await expect.poll(async () => (await palette.getByRole('option').first().textContent())!.toLowerCase()).toContain(search.split(' ')[0]);
  await page.keyboard.press('Enter');
}

const codingCount = async (page: Page) =>
  Number((await page.getByRole('heading', { name: /koding(er)? i denne kilden/ }).textContent())!.match(/\d+/)![0]);

describe('a crash in the middle of a step', () => {
  let dir: string | undefined;
  let app: PersistentApp | undefined;
  afterEach(async () => {
    await app?.context.close().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
    app = undefined;
    dir = undefined;
  });

  it('finds a large import whole or absent after the browser is killed, and the sources imported before intact', async () => {
    const baseUrl = inject('baseUrl');
    dir = mkdtempSync(join(tmpdir(), 'kodebok-crash-'));
    app = await openPersistentApp(dir, baseUrl);
    await openNewProject(app.page, 'Krasjtest');
    await importFiles(app.page, [sample('intervjuer/intervju-02-veileder-nynorsk.txt')]);
    await commitButton(app.page).click();
    await expect.poll(() => sourceRows(app!.page).count()).toBe(1);
    const before = await storedCounts(app.page);
    expect(before).toMatchObject({ sources: 1, sourceTexts: 1, orphans: 0 });
    expect(before.messages).toBeGreaterThan(5);
    const projectUrl = app.page.url();

    const large = join(dir, 'stor-dialoglogg.txt');
    writeFileSync(large, largeDialogue(6000));
    await importFiles(app.page, [large]);
    // The import's transaction has written its source, its text and 1,000 messages when the browser dies.
    await holdWriteOn(app.page, 'messages', 1000);
    await commitButton(app.page).click();
    await waitForHeldWrite(app.page);
    await killBrowser(app, dir);

    app = await openPersistentApp(dir, baseUrl, projectUrl);
    await expect.poll(() => sourceRows(app!.page).count()).toBe(1);
    expect(await storedCounts(app.page)).toEqual(before);

    // The same import, let finish, then the browser killed: all of it is there after the crash.
    await importFiles(app.page, [large]);
    await commitButton(app.page).click();
    await expect.poll(() => sourceRows(app!.page).count()).toBe(2);
    await killBrowser(app, dir);
    app = await openPersistentApp(dir, baseUrl, projectUrl);
    await expect.poll(() => sourceRows(app!.page).count()).toBe(2);
    expect(await storedCounts(app.page)).toEqual({
      ...before,
      sources: 2,
      sourceTexts: 2,
      messages: before.messages + 6000,
    });
  });

  it('finds a coding step absent after the browser is killed half-way, and the codings made before intact', async () => {
    const baseUrl = inject('baseUrl');
    dir = mkdtempSync(join(tmpdir(), 'kodebok-crash-'));
    app = await openPersistentApp(dir, baseUrl);
    await app.page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => app!.page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await app.page.getByRole('link', { name: /^intervju-01/ }).first().click();
    await app.page.waitForSelector('.document .turn-text span[data-start]');
    const sourceUrl = app.page.url();

    const demo = await storedCounts(app.page);
    await codeWords(app.page, 0, 6, 'byråkratisk');
    await expect.poll(() => codingCount(app!.page)).toBe(1);
    await expect.poll(async () => (await storedCounts(app!.page)).codings).toBe(demo.codings + 1);
    const before = await storedCounts(app.page);
    expect(before.orphans).toBe(0);

    await holdWriteOn(app.page, 'codings', 1);
    await codeWords(app.page, 2, 5, 'pedagogisk');
    await waitForHeldWrite(app.page);
    await killBrowser(app, dir);

    app = await openPersistentApp(dir, baseUrl, sourceUrl);
    await app.page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => codingCount(app!.page)).toBe(1);
    expect(await storedCounts(app.page)).toEqual(before);

    // A coding step that finished before the crash is all there after it.
    // A new coding is drawn before its step commits: wait for the store, not the screen.
    await codeWords(app.page, 2, 5, 'pedagogisk');
    await expect.poll(() => codingCount(app!.page)).toBe(2);
    await expect.poll(async () => (await storedCounts(app!.page)).codings).toBe(before.codings + 1);
    await killBrowser(app, dir);
    app = await openPersistentApp(dir, baseUrl, sourceUrl);
    await app.page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => codingCount(app!.page)).toBe(2);
    expect(await storedCounts(app.page)).toEqual({ ...before, codings: before.codings + 1 });
  });
});
