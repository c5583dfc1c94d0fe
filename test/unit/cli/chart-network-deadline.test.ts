import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import { reportTables } from '../reports/report-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-chartnet-'));
});

const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

describe('cli chart cooccurrence --view network', () => {
  it('draws the demo as a network, the same bytes every time, fewer links at a higher threshold', async () => {
    const one = join(dir, 'net1.svg');
    const again = join(dir, 'net1-again.svg');
    const two = join(dir, 'net2.svg');
    const csv = join(dir, 'net2.csv');
    expect(await cli('chart', 'cooccurrence', '--view', 'network', '--out', one)).toEqual({ code: 0, stderr: '' });
    expect((await cli('chart', 'cooccurrence', '--view', 'network', '--threshold', '1', '--out', again)).code).toBe(0);
    expect((await cli('chart', 'cooccurrence', '--view', 'network', '--threshold', '2', '--out', two, '--csv', csv, '--lang', 'en')).code).toBe(0);
    const first = await readFile(one, 'utf8');
    expect(await readFile(again, 'utf8')).toBe(first);
    expect(first).toContain('<title id="chart-title">Kodenettverk</title>');
    const higher = await readFile(two, 'utf8');
    expect(count(first, 'circle')).toBeGreaterThan(5);
    expect(count(higher, 'circle')).toBe(count(first, 'circle'));
    expect(count(higher, 'line')).toBeLessThan(count(first, 'line'));
    // The CSV is the links drawn: every count at least the threshold.
    const rows = (await readFile(csv, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Code,Co-occurring code,Count');
    expect(rows.length - 1).toBe(count(higher, 'line'));
    for (const row of rows.slice(1)) expect(Number(row.split(',').at(-1))).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it.each([
    [['--view', 'graph'], /--view must be one of heatmap, network/],
    [['--view', 'network', '--threshold', '0'], /--threshold must be a whole number, 1 or more/],
    [['--view', 'network', '--threshold', 'to'], /--threshold must be a whole number/],
  ])('refuses %j as wrong usage', async (options, message) => {
    const result = await cli('chart', 'cooccurrence', ...options, '--out', join(dir, 'x.svg'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

/** A project backup whose first interview answer is a caseworker reply 60 hours after ("to og en halv dag etter"). */
async function backupWithDeadline(name: string, settings: object | undefined): Promise<string> {
  const rows = reportTables();
  const messages = (rows.messages ?? []) as Record<string, unknown>[];
  messages[0] = { ...messages[0], role: 'caseworker', delay: { phrase: 'to og en halv dag etter', minHours: 60, maxHours: 60 } };
  rows.messages = messages;
  const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
  const project = { id: 'p1', name: 'Veiledning i digitale dialoger', createdAt: '', updatedAt: '', ...(settings ? { settings } : {}) };
  const file = join(dir, name);
  await writeFile(
    file,
    JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', project, tables }),
  );
  return file;
}

describe('cli chart delays on a project backup', () => {
  it('draws the project’s own answer deadline: a 60-hour reply is within 72 hours', async () => {
    const file = await backupWithDeadline('frist72.kodebok.json', { answerDeadlineHours: 72, method: 'stc' });
    const out = join(dir, 'd72.svg');
    const csv = join(dir, 'd72.csv');
    expect(await cli('chart', 'delays', file, '--out', out, '--csv', csv, '--lang', 'en')).toEqual({ code: 0, stderr: '' });
    const svg = await readFile(out, 'utf8');
    expect(svg).toContain('Deadline 72 h');
    expect(svg).not.toContain('Deadline 48 h');
    expect(await readFile(csv, 'utf8')).toContain(',60,60,Within the deadline');
  });

  it('falls back to 48 hours when the project has no deadline of its own: the same reply is over it', async () => {
    const file = await backupWithDeadline('utenfrist.kodebok.json', undefined);
    const out = join(dir, 'd48.svg');
    const csv = join(dir, 'd48.csv');
    expect((await cli('chart', 'delays', file, '--out', out, '--csv', csv, '--lang', 'en')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Deadline 48 h');
    expect(await readFile(csv, 'utf8')).toContain(',60,60,Over the deadline');
  });
});
