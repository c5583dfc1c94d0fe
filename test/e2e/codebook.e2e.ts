import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));

async function openNewProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Prosjektnavn').fill(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
}

async function openCodebook(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kodebok');
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Koder' });
const item = (page: Page, name: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^${name}\\s*,`) });

/** The tree as "level:name" lines, in the order it is shown. */
async function outline(page: Page): Promise<string[]> {
  return tree(page)
    .getByRole('treeitem')
    .evaluateAll((items) => items.map((li) => `${li.getAttribute('aria-level')}:${li.querySelector('.code-name')?.textContent}`));
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.getByLabel('Tema').selectOption(theme);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${what} (${theme})`).toEqual([]);
    await screenshot(page, `${what}-${theme}`);
  }
  await page.getByLabel('Tema').selectOption('light');
}

describe('codebook', () => {
  const app = useApp();

  it('builds a codebook from the template; edits, moves, merges, deletes, undoes; all of it survives a reload', async () => {
    const { page } = app();
    await openNewProject(page, 'Kodebokstudie');
    await openCodebook(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Ingen koder ennå' }).count()).toBe(1);
    await expectAccessible(page, 'codebook-empty');

    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await expect.poll(() => tree(page).getByRole('treeitem').count()).toBe(21);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('La til 21 koder');

    // Edit a definition: saved as you type (and on leaving the field).
    await item(page, 'Lenkesending').click();
    const definition = page.getByLabel('Definisjon', { exact: true });
    await definition.fill('Veilederen sender en lenke til søknadsskjemaet i stedet for å svare på saken.');
    await definition.press('Tab');

    // A new sub-code under "Pedagogisk", named in the focused name field.
    await item(page, 'Pedagogisk').click();
    await page.getByRole('button', { name: 'Ny underkode' }).click();
    const name = page.getByLabel('Navn', { exact: true });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Forklarer regelverket');
    await name.press('Tab');
    await expect.poll(() => outline(page)).toContain('3:Forklarer regelverket');

    // Keyboard move: out of "Pedagogisk", then Alt+Up above it.
    await page.getByRole('button', { name: 'Flytt ut' }).click();
    await expect.poll(() => outline(page)).toContain('2:Forklarer regelverket');
    await item(page, 'Forklarer regelverket').focus();
    await page.keyboard.press('Alt+ArrowUp');
    const position = async () => {
      const lines = await outline(page);
      return lines.slice(lines.indexOf('1:Posisjon'), lines.indexOf('1:Framing/footing'));
    };
    await expect
      .poll(position)
      .toEqual(['1:Posisjon', '2:Byråkratisk', '2:Forklarer regelverket', '2:Pedagogisk', '2:Hjelper', '2:Motivator']);
    // The moved code keeps the keyboard focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.code-name')?.textContent)).toBe('Forklarer regelverket');

    // Drag "Motivator" onto "Hjelper": it becomes a sub-code of it.
    await item(page, 'Motivator').locator('.code-name').dragTo(item(page, 'Hjelper').locator('.code-name'));
    await expect
      .poll(position)
      .toEqual(['1:Posisjon', '2:Byråkratisk', '2:Forklarer regelverket', '2:Pedagogisk', '2:Hjelper', '3:Motivator']);

    // Merge "Implisitt kontrast eller metakommentar" into the explicit referral code.
    await item(page, 'Implisitt kontrast eller metakommentar').click();
    await page.getByRole('button', { name: 'Slå sammen med …' }).click();
    const merge = page.getByRole('dialog', { name: /Slå sammen «Implisitt kontrast/ });
    await merge.getByLabel('Slå sammen med').selectOption({ label: 'Grensearbeid/Tydelig/Eksplisitt henvisning med begrunnelse' });
    await expectAccessible(page, 'codebook-merge-dialog');
    await merge.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect.poll(() => item(page, 'Implisitt kontrast eller metakommentar').count()).toBe(0);
    expect(await tree(page).getByRole('treeitem').count()).toBe(21);

    // Delete (the Delete key in the tree) with a confirmation that says what goes with it.
    await item(page, 'Framing/footing').focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Slette koden «Framing/footing»?' });
    await expect.poll(() => confirm.textContent()).toContain('0 kodinger slettes sammen med den. Det gjør også de 2 underkodene.');
    await confirm.getByRole('button', { name: 'Slett', exact: true }).click();
    await expect.poll(() => item(page, 'Framing/footing').count()).toBe(0);
    await expect.poll(() => tree(page).getByRole('treeitem').count()).toBe(18);
    // The keyboard stays in the tree, on the code before it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');

    // Ctrl+Z outside a text field undoes the deletion, sub-codes and all.
    await page.keyboard.press('Control+z');
    await expect.poll(() => tree(page).getByRole('treeitem').count()).toBe(21);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Angret: slette koden Framing/footing');
    await expectAccessible(page, 'codebook');

    await page.reload();
    await page.waitForSelector('.code-tree');
    const lines = await outline(page);
    expect(lines).toHaveLength(21);
    expect(lines).toContain('1:Framing/footing');
    expect(lines).not.toContain('3:Implisitt kontrast eller metakommentar');
    expect(await position()).toEqual(['1:Posisjon', '2:Byråkratisk', '2:Forklarer regelverket', '2:Pedagogisk', '2:Hjelper', '3:Motivator']);
    await item(page, 'Lenkesending').click();
    await expect.poll(() => page.getByLabel('Definisjon', { exact: true }).inputValue()).toBe(
      'Veilederen sender en lenke til søknadsskjemaet i stedet for å svare på saken.',
    );
  });

  it('keeps a code memo and the project memo across a reload', async () => {
    const { page } = app();
    await openNewProject(page, 'Notatstudie');
    await openCodebook(page);
    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await item(page, 'Tydelig').click();

    const memo = page.getByRole('textbox', { name: 'Notat om koden Tydelig' });
    await memo.click();
    await page.keyboard.type('Veilederen ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('begrunner');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' hvorfor saken hører hjemme et annet sted.');
    await expect.poll(() => page.locator('.memo-status').first().textContent()).toContain('Sist endret');
    expect(await memo.locator('.memo-bold').textContent()).toBe('begrunner');

    await page.getByRole('button', { name: 'Prosjektnotat' }).click();
    const projectMemo = page.getByRole('textbox', { name: 'Prosjektnotat' });
    await projectMemo.click();
    await page.keyboard.type('Førsteinntrykk: mange henvisninger til NAV-kontoret.');
    await expect.poll(() => page.locator('#project-memo .memo-status').textContent()).toContain('Sist endret');
    // Ctrl+Z while writing undoes the typing in the editor, not a project step; Ctrl+Shift+Z brings it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => projectMemo.textContent()).not.toContain('NAV-kontoret');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => projectMemo.textContent()).toBe('Førsteinntrykk: mange henvisninger til NAV-kontoret.');
    expect(await item(page, 'Tydelig').count()).toBe(1);
    await expect.poll(() => page.locator('#project-memo .memo-status').textContent()).toContain('Sist endret');
    await screenshot(page, 'codebook-memos');

    await page.reload();
    await page.waitForSelector('.code-tree');
    await item(page, 'Tydelig').click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Notat om koden Tydelig' }).textContent())
      .toBe('Veilederen begrunner hvorfor saken hører hjemme et annet sted.');
    expect(await page.getByRole('textbox', { name: 'Notat om koden Tydelig' }).locator('.memo-bold').textContent()).toBe('begrunner');
    await page.getByRole('button', { name: 'Prosjektnotat' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Prosjektnotat' }).textContent())
      .toBe('Førsteinntrykk: mange henvisninger til NAV-kontoret.');
  });

  it('edits case attributes in the sources table and keeps them after reload', async () => {
    const { page } = app();
    await openNewProject(page, 'Attributtstudie');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer filer …' }).click();
    await (await chooser).setFiles([sample('opptak/samtale-utdrag.vtt'), sample('intervjuer/intervju-02-veileder-nynorsk.txt')]);
    const commit = page.getByRole('button', { name: /^Importer \d+ kilder?$/ });
    await expect.poll(() => commit.isEnabled()).toBe(true);
    await commit.click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(2);

    await page.getByLabel('Nytt attributt').fill('Aldersgruppe');
    await page.getByRole('button', { name: 'Legg til attributt' }).click();
    const cells = page.locator('.attribute-grid tbody input[aria-label^="Aldersgruppe for"]');
    await expect.poll(() => cells.count()).toBe(2);
    await cells.first().fill('30–39');
    await cells.first().press('Enter');
    // Enter saved and moved down; Escape there puts the stored (empty) value back.
    await expect.poll(() => cells.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await cells.nth(1).fill('ikke lagret');
    await cells.nth(1).press('Escape');
    expect(await cells.nth(1).inputValue()).toBe('');
    await expect.poll(() => page.locator('.source-table tbody td', { hasText: '30–39' }).count()).toBe(1);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations).toEqual([]);
    await screenshot(page, 'attributes');

    await page.reload();
    await page.waitForSelector('.attribute-grid');
    expect(await page.locator('.attribute-grid tbody input[aria-label^="Aldersgruppe for"]').first().inputValue()).toBe('30–39');
  });

  it('exports the codebook as Markdown and imports it into another project; a broken file is explained', async () => {
    const { page } = app();
    await openNewProject(page, 'Eksportstudie');
    await openCodebook(page);
    await page.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await expect.poll(() => tree(page).getByRole('treeitem').count()).toBe(21);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporter som Markdown …' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Eksportstudie-kodebok.md');
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-e2e-'));
    const exported = join(dir, file.suggestedFilename());
    await file.saveAs(exported);
    const broken = join(dir, 'ødelagt.json');
    writeFileSync(broken, JSON.stringify({ format: 'kodebok-codebook', version: 1, name: 'X', language: 'nb', codes: [{ name: '' }] }));

    await page.getByRole('navigation').getByRole('link', { name: 'Prosjekter' }).click();
    await openNewProject(page, 'Mottaker');
    await openCodebook(page);
    const pick = async (path: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Importer kodebok …' }).click();
      await (await chooser).setFiles(path);
    };
    await pick(broken);
    const problem = page.getByRole('alert').filter({ hasText: 'ødelagt.json kunne ikke importeres.' });
    await expect.poll(() => problem.textContent()).toContain('codes[0].name');
    expect(await problem.getByRole('listitem').textContent()).toBe('codes[0].name: Må fylles ut, men mangler eller er tom.');
    await screenshot(page, 'codebook-import-problem');
    await pick(exported);
    await expect.poll(() => tree(page).getByRole('treeitem').count()).toBe(21);
    await item(page, 'Lenkesending').click();
    await expect.poll(() => page.getByLabel('Definisjon', { exact: true }).inputValue()).not.toBe('');
  });
});
