import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import { quote3, reportTables } from '../reports/report-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
let backup: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-report-'));
  backup = join(dir, 'veiledning.kodebok.json');
  const rows = reportTables();
  const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
  const project = { id: 'p1', name: 'Veiledning i digitale dialoger', createdAt: '', updatedAt: '' };
  await writeFile(
    backup,
    JSON.stringify({
      format: 'kodebok-project-backup',
      schemaVersion: latestSchemaVersion,
      appVersion: '0.1.0',
      exportedAt: '',
      project,
      tables,
    }),
  );
});

describe('cli report on a project backup', () => {
  it('prints the STC report as Markdown in bokmål by default', async () => {
    const { code, stdout, stderr } = await cli('report', backup, '--method', 'stc');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# Resultater: systematisk tekstkondensering\n\nProsjekt: Veiledning i digitale dialoger\n/,
    );
    expect(stdout).toContain('## Veilederne velger kanal etter sak');
    expect(stdout).toContain(`> — Kilde: Intervju 2 – veileder · Taler: Kari · tegn ${quote3.start}–${quote3.end}`);
  });

  it('prints the STC JSON on one line, each quote the current text between its offsets', async () => {
    const { code, stdout } = await cli('report', backup, '--method', 'stc', '--format', 'json');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['method', 'codeGroups']);
    expect(json.codeGroups.map((g: { name: string }) => g.name)).toEqual(['Kanalvalg', 'Tilgjengelighet']);
    expect(json.codeGroups[0].subgroups[1].goldenQuotes[0]).toEqual({
      text: 'hva som må tas i et møte',
      source: 'Intervju 2 – veileder',
      ...quote3,
    });
  });

  it('prints the thematic JSON and the thematic Markdown in nynorsk', async () => {
    const json = JSON.parse((await cli('report', backup, '--method', 'thematic', '--format', 'json')).stdout);
    expect(json.method).toBe('thematic');
    expect(json.themes[0]).toMatchObject({
      name: 'Å sette grenser',
      codes: ['Grensearbeid/Tydelig', 'Grensearbeid/Uklar'],
      segments: 2,
      sources: 2,
    });
    const { code, stdout } = await cli('report', backup, '--method', 'thematic', '--lang', 'nn');
    expect(code).toBe(0);
    expect(stdout).toContain('# Resultat: refleksiv tematisk analyse');
    expect(stdout).toContain('## Vedlegg A: Tema og undertema');
  });

  it('writes a .docx to --out: a Word file holding the headings and quotes', async () => {
    const out = join(dir, 'rapport.docx');
    const { code, stdout, stderr } = await cli(
      'report',
      backup,
      '--method',
      'stc',
      '--format',
      'docx',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const document = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml']!);
    expect(document).toContain('Results: systematic text condensation');
    expect(document).toContain('hva som må tas i et møte');
  });

  it('writes Markdown to --out with the same text it would print', async () => {
    const out = join(dir, 'rapport.md');
    expect((await cli('report', backup, '--method', 'stc', '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe((await cli('report', backup, '--method', 'stc')).stdout);
  });
});

describe('cli report without a file', () => {
  it('reports on the demo project', async () => {
    const { code, stdout, stderr } = await cli('report', '--method', 'stc', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.method).toBe('stc');
    for (const group of json.codeGroups)
      expect(Object.keys(group)).toEqual(['name', 'meaningUnits', 'sources', 'analyticText', 'subgroups']);
    const md = await cli('report', '--method', 'thematic', '--lang', 'en');
    expect(md.stdout).toContain('Project: Demo: Boundary work in digital dialogues');
  }, 30_000);
});

describe('cli report with the published table', () => {
  it('adds the values saved with the project beside the computed ones (Appendix C)', async () => {
    const file = join(dir, 'publisert.kodebok.json');
    const rows = reportTables();
    const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
    const project = { id: 'p1', name: 'Veiledning', createdAt: '', updatedAt: '', settings: { publishedTable: { sequences: 47, clear: 10 } } };
    await writeFile(file, JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', project, tables }));
    const md = await cli('report', file, '--method', 'thematic', '--lang', 'nn');
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain('## Vedlegg C: Den publiserte tabellen attskapt');
    // The fixture has no "Respons" code from the template: the report says why nothing is counted.
    expect(md.stdout).toContain('| Sekvensar | ikkje talt | 47 |  | Prosjektet har ingen kode for «Sekvensar» frå kodeboka for grensearbeid, så ingenting blir talt. |');
    // Without published values, no appendix.
    expect((await cli('report', backup, '--method', 'thematic')).stdout).not.toContain('Vedlegg C');
  });

  it('reports that the demo reproduces the study’s table exactly', async () => {
    const md = await cli('report', '--method', 'stc', '--lang', 'en');
    expect(md.stdout).toContain('## Appendix C: The published table reproduced');
    expect(md.stdout).toContain('The numbers match the published table.');
    expect(md.stdout).toContain('| Boundary work | 31 | 31 | Matches |  |');
    expect(md.stdout).toContain('the parts of “Boundary work” add up to more than it: 10 + 23 \\> 31.');
    const json = JSON.parse((await cli('report', '--method', 'stc', '--format', 'json')).stdout);
    expect(json.reproduce.allMatch).toBe(true);
    expect(json.reproduce.rows.map((r: { computed: number }) => r.computed)).toEqual([47, 3, 13, 31, 10, 23]);
  }, 30_000);
});

describe('cli report refuses what it cannot use', () => {
  it.each([
    [['--method'], 'argument missing'],
    [[], 'no method'],
    [['--method', 'grounded'], 'unknown method'],
    [['--method', 'stc', '--format', 'pdf'], 'unknown format'],
    [['--method', 'stc', '--lang', 'de'], 'unknown language'],
    [['--method', 'stc', '--format', 'docx'], 'docx without --out'],
    [['a.json', 'b.json', '--method', 'stc'], 'two files'],
    [['--method', 'stc', '--colour'], 'unknown option'],
  ])('exits 2 with one line on stderr: %j (%s)', async (args) => {
    const { code, stdout, stderr } = await cli('report', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^report: /);
  });

  it('exits 1 for a missing file, naming it', async () => {
    const missing = join(dir, 'finnes-ikke.json');
    const { code, stderr } = await cli('report', missing, '--method', 'stc');
    expect(code).toBe(1);
    expect(stderr).toBe(`${missing}: no such file. Check the path.\n`);
  });

  it('exits 1 for a file that is not a backup, and for an --out folder that does not exist', async () => {
    const other = join(dir, 'notat.json');
    await writeFile(other, '{"hei": 1}');
    expect(await cli('report', other, '--method', 'stc')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a Kodebok project backup'),
    });
    const out = join(dir, 'mangler', 'rapport.md');
    expect(await cli('report', backup, '--method', 'stc', '--out', out)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${out}: the folder does not exist. Check the path.\n`,
    });
  });

  it('documents the JSON shapes and the docx rule in --help', async () => {
    const { code, stdout } = await cli('report', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('{"method":"stc","codeGroups":[{"name","meaningUnits":N,"sources":N,"analyticText",');
    expect(stdout).toContain('Required for docx');
  });
});
