import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { latestSchemaVersion } from '../../../shared/migrations';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface StatsJson {
  sources: number;
  codings: number;
  codes: { path: string; codings: number; sources: number }[];
}

describe('cli stats on the demo project', () => {
  let json: StatsJson;
  beforeAll(async () => {
    const { code, stdout, stderr } = await cli('stats', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    json = JSON.parse(stdout);
  }, 30_000);

  it('gives the study’s counts of sequences per response and strategy', () => {
    const sources = (path: string) => json.codes.find((c) => c.path === path)?.sources;
    expect(sources('Response/No written response')).toBe(3);
    expect(sources('Response/Help without boundary work')).toBe(13);
    expect(sources('Response/Boundary work')).toBe(31);
    expect(sources('Boundary work/Clear')).toBe(10);
    expect(sources('Boundary work/Ambiguous')).toBe(23);
  });

  it('prints the documented shape: every code in codebook order, English paths', () => {
    expect(Object.keys(json)).toEqual(['sources', 'codings', 'codes']);
    expect(Object.keys(json.codes[0]!)).toEqual(['path', 'codings', 'sources']);
    expect(json.codes.map((c) => c.path).slice(0, 6)).toEqual([
      'Response',
      'Response/No written response',
      'Response/Help without boundary work',
      'Response/Boundary work',
      'Boundary work',
      'Boundary work/Clear',
    ]);
    expect(json.codes).toHaveLength(21);
    expect(json.codes.at(-1)).toEqual({ path: 'Framing/footing/Footing', codings: 0, sources: 0 });
    expect(json.sources).toBeGreaterThanOrEqual(52);
    // Every coding sits under one of the four top-level codes, whose counts include their sub-codes.
    const topLevel = ['Response', 'Boundary work', 'Position', 'Framing/footing'];
    expect(json.codings).toBe(json.codes.filter((c) => topLevel.includes(c.path)).reduce((n, c) => n + c.codings, 0));
  });

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await cli('stats');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Demo project \(sample-data\/\)\nSources: \d+, codings: \d+, codes: 21\n/);
    expect(stdout).toMatch(/\nCode +Codings +Sources\n/);
    expect(stdout).toMatch(/\n {2}Clear +10 +10\n/);
    expect(stdout).toMatch(/\n {2}Ambiguous +23 +23\n/);
    expect(stdout).toMatch(/\n {4}Link sending +10 +10\n/);
  }, 30_000);
});

describe('cli stats on a project backup', () => {
  const at = '2025-01-01T00:00:00.000Z';
  const backup = {
    format: 'kodebok-project-backup',
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: at,
    project: { id: 'p', name: 'Min studie' },
    tables: {
      sources: [
        { id: 's1', projectId: 'p', title: 'Intervju 1', order: 0, createdAt: at, updatedAt: at },
        { id: 's2', projectId: 'p', title: 'Intervju 2', order: 1, createdAt: at, updatedAt: at },
      ],
      sourceTexts: [],
      messages: [],
      codes: [
        { id: 'c2', projectId: 'p', parentId: 'c1', order: 0, name: 'Taushetsplikt', createdAt: at, updatedAt: at },
        { id: 'c1', projectId: 'p', parentId: null, order: 0, name: 'Grenser', createdAt: at, updatedAt: at },
        { id: 'c3', projectId: 'p', parentId: null, order: 1, name: 'Æresord', createdAt: at, updatedAt: at },
      ],
      codings: [
        {
          id: 'k1',
          projectId: 'p',
          sourceId: 's1',
          codeId: 'c2',
          coderId: 'a',
          authorId: 'a',
          start: 0,
          end: 4,
          createdAt: at,
          updatedAt: at,
        },
        {
          id: 'k2',
          projectId: 'p',
          sourceId: 's1',
          codeId: 'c1',
          coderId: 'a',
          authorId: 'a',
          start: 5,
          end: 9,
          createdAt: at,
          updatedAt: at,
        },
        {
          id: 'k3',
          projectId: 'p',
          sourceId: 's2',
          codeId: 'c2',
          coderId: 'b',
          authorId: 'b',
          start: 0,
          end: 4,
          createdAt: at,
          updatedAt: at,
        },
      ],
      memos: [],
      coders: [],
      attributes: [],
      sourceEdits: [],
    },
  };

  it('counts the project’s codes, including sub-codes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-stats-'));
    const file = join(dir, 'studie.json');
    await writeFile(file, JSON.stringify(backup));
    const { code, stdout, stderr } = await cli('stats', file, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      sources: 2,
      codings: 3,
      codes: [
        { path: 'Grenser', codings: 3, sources: 2 },
        { path: 'Grenser/Taushetsplikt', codings: 2, sources: 2 },
        { path: 'Æresord', codings: 0, sources: 0 },
      ],
    });
    const table = await cli('stats', file);
    expect(table.stdout).toContain(`${file}\nSources: 2, codings: 3, codes: 3\n`);
    expect(table.stdout).toMatch(/\n {2}Taushetsplikt +2 +2\n/);
  });

  it('refuses a file that is not a backup: exit 1, one stderr line naming the file and the reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-stats-'));
    const cases: [string, string, RegExp][] = [
      [
        'tekst.json',
        'dette er ikke JSON',
        /: not valid JSON \(.+\)\. Give a project backup made with File > Back up now\.\n$/,
      ],
      [
        'kodebok.json',
        JSON.stringify({ format: 'kodebok-codebook', version: 1 }),
        /: not a Kodebok project backup \(format "kodebok-project-backup" expected\)\.\n$/,
      ],
      [
        'skadet.json',
        JSON.stringify({
          ...backup,
          tables: { ...backup.tables, codings: [{ id: 'k', sourceId: 's1', codeId: 'c1', start: -1, end: 2 }] },
        }),
        /: the backup is damaged at tables\.codings\[0\]\.start: .+\.\n$/,
      ],
    ];
    cases.push([
      'uten-navn.json',
      JSON.stringify({ ...backup, tables: { ...backup.tables, codes: [{ id: 'c1' }] } }),
      /: the backup is damaged at tables\.codes\[0\]\.name: missing\.\n$/,
    ]);
    for (const [name, content, reason] of cases) {
      const file = join(dir, name);
      await writeFile(file, content);
      const { code, stdout, stderr } = await cli('stats', file, '--json');
      expect(code, name).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.startsWith(`${file}: `), stderr).toBe(true);
      expect(stderr).toMatch(reason);
      expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(await cli('stats', '/finnes/ikke.json')).toEqual({
      code: 1,
      stdout: '',
      stderr: '/finnes/ikke.json: no such file. Check the path.\n',
    });
  });

  async function statsOf(name: string, content: unknown) {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-stats-'));
    const file = join(dir, name);
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return { file, ...(await cli('stats', file, '--json')) };
  }

  it('reports codings that point at a missing code or source on stderr, grouped, and leaves them out of the counts', async () => {
    const coding = backup.tables.codings[0]!;
    const damaged = {
      ...backup,
      tables: {
        ...backup.tables,
        codings: [
          ...backup.tables.codings,
          { ...coding, id: 'k4', codeId: 'slettet' },
          { ...coding, id: 'k5', codeId: 'slettet' },
          { ...coding, id: 'k6', sourceId: 's9' },
        ],
      },
    };
    const { file, code, stdout, stderr } = await statsOf('skjev.json', damaged);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${file}: warning: 2 codings point at a code that is not in the backup ("slettet"); left out of the counts.`,
      `${file}: warning: 1 coding points at a source that is not in the backup ("s9"); left out of the counts.`,
    ]);
    // The same counts as without the three.
    expect(JSON.parse(stdout)).toMatchObject({ sources: 2, codings: 3 });
    expect(JSON.parse(stdout).codes[0]).toEqual({ path: 'Grenser', codings: 3, sources: 2 });
  });

  it('refuses a backup from a newer Kodebok: exit 1, one line saying to update', async () => {
    const { file, code, stdout, stderr } = await statsOf('ny.json', { ...backup, schemaVersion: 99 });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${file}: made by a newer version of Kodebok (schema version 99; this build reads up to ${latestSchemaVersion}). Update Kodebok to read it.\n`,
    );
  });

  it('checks the checksum when the backup has one', async () => {
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../../shared/backup');
    const sha = createHash('sha256').update(canonicalJson(backup.tables)).digest('hex');
    expect((await statsOf('hel.json', { ...backup, tablesSha256: sha })).code).toBe(0);
    const changed = { ...backup, tablesSha256: sha, tables: { ...backup.tables, codings: backup.tables.codings.slice(1) } };
    const { code, stderr } = await statsOf('endret.json', changed);
    expect(code).toBe(1);
    expect(stderr).toMatch(/: the backup's checksum does not match its contents: the file was changed or damaged after it was made\. Use another backup\.\n$/);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('wrong usage exits 2; stats is listed in --help', async () => {
    expect((await cli('stats', 'a.json', 'b.json')).code).toBe(2);
    expect((await cli('stats', '--bogus')).code).toBe(2);
    expect((await cli('--help')).stdout).toMatch(/stats\s+Count codings and sources per code/);
    expect((await cli('stats', '--help')).stdout).toContain('"path":"Boundary work/Clear"');
  });
});

describe('cli stats as a process (npm run cli)', () => {
  it('prints the demo counts as JSON', async () => {
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const main = join(import.meta.dirname, '../../../cli/main.ts');
    const { stdout } = await promisify(execFile)(tsx, [main, 'stats', '--json']);
    const json = JSON.parse(stdout) as StatsJson;
    expect(json.codes.find((c) => c.path === 'Response/Boundary work')).toEqual({
      path: 'Response/Boundary work',
      codings: 31,
      sources: 31,
    });
  }, 30_000);
});
