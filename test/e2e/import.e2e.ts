import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

const sample = (path: string) => fileURLToPath(new URL(`../../sample-data/${path}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

async function openNewProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Prosjektnavn').fill(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer filer …' }).click();
  await (await chooser).setFiles(paths);
}

/**
 * Serves the built parse worker wrapped in a test-only shim (the app itself has no such hook): the
 * shim answers every file through the real worker, except a file named krasj-… (throws, the worker
 * errors) or heng-… (never answers, like a parser stuck in a loop).
 */
async function sabotageParseWorker(context: BrowserContext): Promise<void> {
  await context.route(/\/assets\/parse\.worker-[\w-]+\.js(\?.*)?$/, async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.has('original')) return route.fallback();
    const original = `${url.pathname.split('/').pop()}?original`;
    await route.fulfill({
      contentType: 'text/javascript',
      body: [
        `import './${original}';`,
        'const parse = self.onmessage;',
        'self.onmessage = (event) => {',
        "  const name = event.data.file.name;",
        "  if (name.startsWith('krasj-')) throw new Error('test: the worker dies on this file');",
        "  if (name.startsWith('heng-')) return;",
        '  return parse.call(self, event);',
        '};',
      ].join('\n'),
    });
  });
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
    // Subtitle cues: start and end to the millisecond, with the decimal comma of Norwegian.
    await page.getByRole('link', { name: /samtale-utdrag/ }).click();
    await expect.poll(() => page.locator('.turn-time').first().textContent()).toBe('00:00:12,750–00:00:17,690');
    await screenshot(page, 'source-view-subtitles');
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

  it('explains a damaged Word document in Norwegian, and mentions the other files only when there are some', async () => {
    const { page } = app();
    await openNewProject(page, 'Skadet fil');
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-e2e-'));
    // Random bytes under a Word name, as a download cut short or a file from another program might be.
    let seed = 5;
    const noise = () => Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    const damaged = join(dir, 'Intervju Kari.docx');
    writeFileSync(damaged, noise());
    const good = join(dir, 'notat.txt');
    writeFileSync(good, 'I: Hvordan var møtet?\n\nIP: Greit, vi fant en plan.\n');

    await chooseFiles(page, [damaged, good]);
    const bad = page.getByRole('article', { name: 'Kan ikke importere Intervju Kari.docx' });
    await expect.poll(() => bad.count()).toBe(1);
    const alert = bad.getByRole('alert');
    expect(await alert.textContent()).toBe(
      '«Intervju Kari.docx» kunne ikke leses som et Word-dokument: filen er skadet, eller den er ikke et Word-dokument. ' +
        'Åpne den i Word. Hvis den åpnes, lagre den på nytt som .docx og importer den nye filen; hvis ikke, bruk en tidligere kopi.',
    );
    expect(await bad.textContent()).toContain('De andre filene kan fortsatt importeres.');
    const commit = page.getByRole('button', { name: 'Importer 1 kilde' });
    await expect.poll(() => commit.isEnabled()).toBe(true);
    await bad.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-damaged-docx');

    await page.getByRole('button', { name: 'Forkast' }).click();
    await chooseFiles(page, [damaged]);
    await expect.poll(() => bad.count()).toBe(1);
    expect(await bad.getByRole('alert').textContent()).toContain('«Intervju Kari.docx» kunne ikke leses som et Word-dokument');
    expect(await bad.textContent()).not.toContain('andre filene');

    // A case-attribute table that is not a workbook says so in Norwegian too.
    const table = join(dir, 'deltakere.xlsx');
    writeFileSync(table, noise());
    const panel = page.getByRole('region', { name: 'Case-attributter fra en tabell' });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Last inn case-attributter …' }).click();
    await (await chooser).setFiles(table);
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('«deltakere.xlsx» kunne ikke leses som en Excel-arbeidsbok');
    expect(await page.locator('main').textContent()).not.toMatch(/could not|is not|damaged/);
    await screenshot(page, 'import-damaged-alone');
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

  it('reads a PDF transcript and an Excel log in the worker, and says what to do with a scanned PDF', async () => {
    const { page } = app();
    await openNewProject(page, 'PDF og Excel');
    await chooseFiles(page, [fixture('intervju.pdf'), fixture('skannet.pdf'), fixture('dialoglogg.xlsx')]);

    const pdf = page.getByRole('article', { name: 'intervju.pdf' });
    await expect.poll(() => pdf.locator('.facts').getByText('PDF-dokument', { exact: true }).count()).toBe(1);
    expect(await pdf.locator('.facts').getByText('PDF-tekstlag', { exact: true }).count()).toBe(1);
    expect(await pdf.getByLabel('Rolle for IP').inputValue()).toBe('participant');
    expect(await pdf.getByLabel('Rolle for I', { exact: true }).inputValue()).toBe('interviewer');

    const scanned = page.getByRole('article', { name: /Kan ikke importere skannet\.pdf/ });
    await expect.poll(() => scanned.count()).toBe(1);
    const alert = await scanned.getByRole('alert').textContent();
    expect(alert).toContain('PDF-en har ikke tekst');
    expect(alert).toContain('tekstgjenkjenning (OCR)');

    const xlsx = page.getByRole('article', { name: 'dialoglogg.xlsx' });
    await expect.poll(() => xlsx.locator('.facts').getByText('Tabell (Excel)', { exact: true }).count()).toBe(1);
    expect(await xlsx.getByText('2 kilder i denne filen').count()).toBe(1);
    await screenshot(page, 'import-pdf-xlsx');

    await page.getByRole('button', { name: 'Importer 3 kilder' }).click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(3);
    await page.getByRole('link', { name: 'intervju' }).click();
    await expect.poll(() => page.locator('.turn').count()).toBeGreaterThan(5);
    expect(await page.locator('main').textContent()).toContain('Ærlig talt');
  });

  it('fills case attributes from deltakere.csv and lists the rows that matched nothing', async () => {
    const { page } = app();
    await openNewProject(page, 'Attributter');
    await chooseFiles(page, [sample('fokusgrupper/fokusgruppe-vignett.txt'), sample('intervjuer/intervju-01-veileder.txt')]);
    const commit = page.getByRole('button', { name: 'Importer 2 kilder' });
    await expect.poll(() => commit.isEnabled()).toBe(true);

    const panel = page.getByRole('region', { name: 'Case-attributter fra en tabell' });
    const loadTable = async (path: string) => {
      const chooser = page.waitForEvent('filechooser');
      await panel.getByRole('button', { name: 'Last inn case-attributter …' }).click();
      await (await chooser).setFiles(path);
    };
    await loadTable(sample('fokusgrupper/deltakere.csv'));
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Attributter fylt for 1 kilde fra kolonnen «deltaker»:');
    expect(await panel.getByLabel('Kolonnen som navngir casen').inputValue()).toBe('deltaker');
    expect(await panel.textContent()).toContain('Ikke fylt, fordi de er ulike for talerne (attributter gjelder en hel kilde): rolle, aldersgruppe, arbeidssted.');

    const focusGroup = page.getByRole('article', { name: 'fokusgruppe-vignett.txt' });
    await expect.poll(() => focusGroup.getByLabel('Attributt').inputValue()).toBe('gruppe');
    expect(await focusGroup.getByLabel('Verdi').inputValue()).toBe('Gruppe A');

    // A table keyed by source name, with a row for an interview that is not in this import.
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-e2e-'));
    const csv = join(dir, 'informanter.csv');
    writeFileSync(csv, 'kilde;erfaring\nintervju-01-veileder.txt;6 år\nintervju-09-veileder;2 år\n');
    await loadTable(csv);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Attributter fylt for 1 kilde fra kolonnen «kilde»:');
    expect(await panel.getByRole('note').textContent()).toBe('1 rad passet ikke med noen kilde eller taler:');
    expect(await panel.locator('.unmatched-rows').textContent()).toBe('rad 3: intervju-09-veileder');

    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-case-attributes');

    // The user can still change a filled value before importing.
    const interview = page.getByRole('article', { name: 'intervju-01-veileder.txt' });
    await interview.getByLabel('Verdi').fill('7 år');
    await commit.click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(2);
    const rows = page.locator('.source-table tbody tr');
    expect(await rows.filter({ hasText: 'fokusgruppe-vignett' }).textContent()).toContain('Gruppe A');
    expect(await rows.filter({ hasText: 'intervju-01-veileder' }).textContent()).toContain('7 år');
  });

  it('leaves out a file that kills the parse worker, and reads the other two in a fresh worker', async () => {
    const { page, context } = app();
    await sabotageParseWorker(context);
    await openNewProject(page, 'Krasjtest');
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-e2e-'));
    const broken = join(dir, 'krasj-intervju.txt');
    writeFileSync(broken, 'Intervjuer: Hei, Kari.\nKari: Hei.\n');
    await chooseFiles(page, [broken, sample('fokusgrupper/fokusgruppe-vignett.txt'), sample('intervjuer/intervju-01-veileder.txt')]);

    const bad = page.getByRole('article', { name: 'Kan ikke importere krasj-intervju.txt' });
    await expect.poll(() => bad.count()).toBe(1);
    expect(await bad.getByRole('alert').textContent()).toBe(
      'Lesingen av krasj-intervju.txt stoppet uventet, så filen ble hoppet over. Filen kan være skadet eller bygd opp på en uvanlig måte: åpne den, lagre den på nytt som .docx eller .txt, og importer den.',
    );
    const commit = page.getByRole('button', { name: 'Importer 2 kilder' });
    await expect.poll(() => commit.isEnabled()).toBe(true);
    expect(await page.getByRole('article', { name: 'fokusgruppe-vignett.txt' }).count()).toBe(1);
    expect(await page.getByRole('article', { name: 'intervju-01-veileder.txt' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Leser' }).count()).toBe(0);
    await screenshot(page, 'import-worker-crashed');
    await commit.click();
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBe(2);
  });

  it('stops a worker that hangs on a file once its time is up, and the count goes on to the next file', async () => {
    const { page, context } = app();
    await sabotageParseWorker(context);
    // The page's clock, so the 30-second budget can pass at once; workers keep real time.
    await page.clock.install();
    await openNewProject(page, 'Hengtest');
    const dir = mkdtempSync(join(tmpdir(), 'kodebok-e2e-'));
    const stuck = join(dir, 'heng-dialog.txt');
    writeFileSync(stuck, 'Bruker: Hei.\n\nVeileder: (samme dag)\nHei igjen.\n');
    await chooseFiles(page, [sample('fokusgrupper/fokusgruppe-vignett.txt'), stuck, sample('intervjuer/intervju-01-veileder.txt')]);

    const progress = page.getByRole('status').filter({ hasText: 'Leser' });
    await expect.poll(() => progress.locator('label').textContent()).toBe('Leser heng-dialog.txt (2 av 3) …');
    await page.clock.fastForward('00:31');
    const bad = page.getByRole('article', { name: 'Kan ikke importere heng-dialog.txt' });
    await expect.poll(() => bad.count()).toBe(1);
    expect(await bad.getByRole('alert').textContent()).toBe(
      'Lesingen av heng-dialog.txt tok mer enn 30 sekunder og ble stoppet. Filen er hoppet over. Lagre filen som ren tekst (.txt) eller del den opp i mindre filer, og importer på nytt.',
    );
    await expect.poll(() => page.getByRole('button', { name: 'Importer 2 kilder' }).isEnabled()).toBe(true);
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole('article', { name: 'intervju-01-veileder.txt' }).count()).toBe(1);
  });
});
