import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoProjectRows } from '../../../cli/demo-report-project';
import { runCli } from '../../../cli/run';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readXlsx } from '../../../shared/import/xlsx';
import { refiSchemaErrors } from '../exchange/xsd-validate';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
let backup: string;
let codings: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-convert-'));
  backup = join(dir, 'demo.kodebok.json');
  const demo = await loadDemoProjectRows('nb');
  codings = demo.tables.codings.length;
  await writeFile(
    backup,
    JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', ...demo }),
  );
});

describe('cli convert', () => {
  it('converts a backup to a .qdpx whose project.qde validates, with the sources and the Kodebok extension', async () => {
    const out = join(dir, 'demo.qdpx');
    const { code, stdout, stderr } = await cli('convert', backup, out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${out}: REFI-QDA project: 69 sources, 21 codes, ${codings} codings\n`);
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(entries).filter((p) => p.startsWith('sources/'))).toHaveLength(69);
    expect(entries['kodebok/extension.json']).toBeDefined();
    expect(await refiSchemaErrors(strFromU8(entries['project.qde']!), 'Project')).toEqual([]);
  });

  it('converts a backup to a .qdc that validates against the Codebook schema', async () => {
    const out = join(dir, 'demo.qdc');
    expect((await cli('convert', backup, out)).code).toBe(0);
    expect(await refiSchemaErrors(await readFile(out, 'utf8'), 'Codebook')).toEqual([]);
  });

  it('writes the coded segments as CSV with a text column, and the codebook with --table codebook', async () => {
    const out = join(dir, 'segments.csv');
    expect((await cli('convert', backup, out, '--separator', ';')).code).toBe(0);
    const csv = await readFile(out, 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('\uFEFFsource;speaker;role;delay_hours;delay_phrase;code;code_path;coder;start;end;text;Målform');
    expect(lines.length).toBeGreaterThan(codings); // passages may span lines
    const book = join(dir, 'codebook.csv');
    expect((await cli('convert', backup, book, '--table', 'codebook')).code).toBe(0);
    expect((await readFile(book, 'utf8')).split('\r\n')[0]).toBe('\uFEFFcode_path,name,short_name,parent_path,color,definition,inclusion,exclusion,typical_example,atypical_example,codings');
  });

  it('writes an XLSX with one row per coding', async () => {
    const out = join(dir, 'segments.xlsx');
    const { code, stdout } = await cli('convert', backup, out);
    expect(code).toBe(0);
    expect(stdout).toContain(`${codings} coded segments`);
    const table = readXlsx(new Uint8Array(await readFile(out)), 'segments.xlsx');
    expect(table.rows).toHaveLength(codings);
    expect(table.headers).toContain('text');
  });

  it('says in one line what is wrong, with exit codes 1 and 2', async () => {
    const missing = await cli('convert', join(dir, 'nope.json'), join(dir, 'x.qdpx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`${join(dir, 'nope.json')}: no such file. Check the path.\n`);
    const pending = await cli('convert', join(dir, 'a.docx'), join(dir, 'b.csv'));
    expect(pending.code).toBe(2);
    expect(pending.stderr).toMatch(/^convert: cannot read "\.docx" files: give a Kodebok backup \(\.json\) or a REFI-QDA/);
    const badOut = await cli('convert', backup, join(dir, 'x.pdf'));
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toBe('convert: cannot write ".pdf" files: use .json, .qdpx, .qdc, .csv or .xlsx. Run "convert --help" for usage.\n');
    const noFolder = await cli('convert', backup, join(dir, 'missing-folder', 'x.qdpx'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toBe(`${join(dir, 'missing-folder', 'x.qdpx')}: the folder does not exist. Check the path.\n`);
    for (const r of [missing, pending, badOut, noFolder]) expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a .qdc of a project without codes', async () => {
    const empty = join(dir, 'empty.json');
    const demo = await loadDemoProjectRows('nb');
    demo.tables.codes = [];
    demo.tables.codings = [];
    demo.tables.themeCodes = [];
    await writeFile(empty, JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', ...demo }));
    const r = await cli('convert', empty, join(dir, 'empty.qdc'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${empty}: the project has no codes, and a REFI codebook needs at least one.\n`);
  });
});
