import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import { code, coder, coding, source, texts } from '../exchange/merge-fixtures';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const exit = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code: exit, stdout, stderr };
}

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-agree-'));
  await writeFile(
    file('krippendorff.csv'),
    'A,B,C,D\n1,1,,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n,5,5,5\n,,1,1\n,3,,\n',
  );
  // Wikipedia's Cohen's kappa example, semicolon separated as Norwegian Excel saves it.
  const rows = [...Array(20).fill('Ja;Ja'), ...Array(5).fill('Ja;Nei'), ...Array(10).fill('Nei;Ja'), ...Array(15).fill('Nei;Nei')];
  await writeFile(file('cohen.csv'), `Kari;Ola\n${rows.join('\n')}\n`);
  await writeFile(file('same.csv'), 'Kari,Ola\nja,ja\nja,ja\n');
  await writeFile(file('ragged.csv'), 'Kari,Ola\nja,nei,ja\n');
  await writeFile(file('quote.csv'), 'Kari,Ola\nja,"nei\n');

  // Two coders on two invented dialogues: the same turn for "Tydelig", different turns for "Ingen respons".
  const p = 'p';
  const one = source('s1', p, 'Dialog 1', texts.one, 0);
  const two = source('s2', p, 'Dialog 2', texts.two, 1);
  const firstLine = (t: string) => t.indexOf('\n');
  const tables: Record<string, unknown[]> = {
    sources: [one.source, two.source],
    sourceTexts: [one.text, two.text],
    codes: [code('ga', p, 'Grensearbeid', null), code('ty', p, 'Tydelig', 'ga'), code('ir', p, 'Ingen respons', null, '', 1)],
    coders: [coder('kari', p, 'Kari'), coder('ola', p, 'Ola')],
    codings: [
      coding('c1', p, 's1', 'ty', 'kari', firstLine(texts.one) + 1, texts.one.length),
      coding('c2', p, 's1', 'ty', 'ola', firstLine(texts.one) + 1, texts.one.length),
      coding('c3', p, 's2', 'ir', 'kari', 0, firstLine(texts.two)),
      coding('c4', p, 's2', 'ir', 'ola', firstLine(texts.two) + 1, texts.two.length),
    ],
  };
  await writeFile(
    file('project.json'),
    JSON.stringify({
      format: 'kodebok-project-backup',
      schemaVersion: latestSchemaVersion,
      appVersion: '0.1.0',
      exportedAt: '',
      project: { id: p, name: 'Avtaletest', createdAt: '', updatedAt: '' },
      tables: Object.fromEntries(backupTables.map((t) => [t, tables[t] ?? []])),
    }),
  );
});

describe('agree <file.csv>', () => {
  it("prints Krippendorff's 2011 α at each level in the documented JSON shape", async () => {
    for (const [level, expected] of [['nominal', 0.743], ['ordinal', 0.815], ['interval', 0.849], ['ratio', 0.797]] as const) {
      const run = await cli('agree', file('krippendorff.csv'), '--measure', 'alpha', '--level', level, '--json');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(['measure', 'level', 'value', 'reason', 'units', 'coders', 'pairable']);
      expect(out).toMatchObject({ measure: 'alpha', level, reason: null, units: 11, coders: 4, pairable: 40 });
      expect(out.value as number).toBeCloseTo(expected, 3);
    }
  });

  it("reads a semicolon CSV: Cohen's κ = 0.4 on Wikipedia's table", async () => {
    const run = await cli('agree', file('cohen.csv'), '--measure', 'cohen', '--json');
    const out = JSON.parse(run.stdout) as { value: number };
    expect(out).toMatchObject({ measure: 'cohen', level: null, units: 50, coders: 2, pairable: 100 });
    expect(out.value).toBeCloseTo(0.4, 12);
  });

  it('cohen and scott on four coder columns exit 1 naming fleiss or alpha', async () => {
    for (const measure of ['cohen', 'scott']) {
      const run = await cli('agree', file('krippendorff.csv'), '--measure', measure, '--json');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/exactly two coders.*fleiss.*alpha/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an undefined value is null with a sentence, not 0 or 1', async () => {
    const run = await cli('agree', file('same.csv'), '--measure', 'alpha', '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { value: unknown; reason: string };
    expect(out.value).toBeNull();
    expect(out.reason).toMatch(/no variation/);
  });

  it('a malformed file exits 1 with one stderr line saying where', async () => {
    for (const [name, says] of [['ragged.csv', /row 2 has 3 cells/], ['quote.csv', /not valid CSV/]] as const) {
      const run = await cli('agree', file(name), '--measure', 'percent');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(says);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await cli('agree', file('missing.csv'))).code).toBe(1);
  });

  it('--draws adds a seeded bootstrap interval that repeats', async () => {
    const a = await cli('agree', file('krippendorff.csv'), '--draws', '200', '--seed', '7', '--json');
    const b = await cli('agree', file('krippendorff.csv'), '--draws', '200', '--seed', '7', '--json');
    expect(a.stdout).toBe(b.stdout);
    const ci = (JSON.parse(a.stdout) as { ci: { low: number; high: number; draws: number } }).ci;
    expect(ci.draws).toBe(200);
    expect(ci.low).toBeLessThan(0.743);
    expect(ci.high).toBeGreaterThan(0.743);
  });
});

describe('agree <project backup>', () => {
  it('prints per code and overall in the documented shape', async () => {
    const run = await cli('agree', file('project.json'), '--coders', 'Kari,Ola', '--measure', 'percent', '--unit', 'paragraph', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      coders: string[];
      unit: string;
      overall: Record<string, unknown>;
      codes: { path: string; value: number | null }[];
    };
    expect(Object.keys(out)).toEqual(['coders', 'unit', 'measure', 'overall', 'codes']);
    expect(Object.keys(out.overall)).toEqual(['value', 'reason', 'units', 'pairable']);
    expect(out).toMatchObject({ coders: ['Kari', 'Ola'], unit: 'paragraph', measure: 'percent' });
    expect(out.codes.map((c) => c.path)).toEqual(['Grensearbeid', 'Grensearbeid/Tydelig', 'Ingen respons']);
    // Four lines (two per dialogue): Tydelig agrees on all four; Ingen respons on the two lines of dialogue 1 only.
    expect(out.codes.map((c) => c.value)).toEqual([1, 1, 0.5]);
    expect(out.overall.units).toBe(12);
  });

  it('--code narrows to a code and its sub-codes; ualpha reports char units', async () => {
    const run = await cli('agree', file('project.json'), '--coders', 'Kari,Ola', '--code', 'Grensearbeid/Tydelig', '--measure', 'ualpha', '--json');
    const out = JSON.parse(run.stdout) as { unit: string; codes: { path: string; value: number }[] };
    expect(out.unit).toBe('char');
    expect(out.codes).toHaveLength(1);
    expect(out.codes[0]!.value).toBeCloseTo(1, 10);
  });

  it('an unknown coder or code exits 1 naming what there is', async () => {
    const coder = await cli('agree', file('project.json'), '--coders', 'Kari,Per');
    expect(coder.code).toBe(1);
    expect(coder.stderr).toMatch(/"Per".*"Kari", "Ola"/);
    const path = await cli('agree', file('project.json'), '--coders', 'Kari,Ola', '--code', 'Finnes ikke');
    expect(path.code).toBe(1);
    expect((await cli('agree', file('project.json'))).code).toBe(2);
  });

  it('--help documents both forms', async () => {
    const run = await cli('agree', '--help');
    expect(run.stdout).toMatch(/agree <file\.csv>/);
    expect(run.stdout).toMatch(/agree <project-backup\.json> --coders/);
  });
});
