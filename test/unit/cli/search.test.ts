import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface Hit {
  source: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

// Synthetic threads with invented people.
const threads = `=== Tråd 1: Klage på vedtak ===
Bruker: Hei. Jeg har fått vedtaket fra Nav-kontoret, men forstår det ikke.
Veileder (to dager etter): Hei! Vedtakene står i aktivitetsplanen. Har du lest dem?
=== Tråd 2: Møte ===
Bruker: Kan vi møtes på <Navn på kontor> i [stedsnavn]?
Veileder: Ja, det går fint.
`;
const interview = `I: Hva tenker du om vedtaka dykkar?
IP: Eg synest vedtaka kom for seint, og klagen vart ikkje lest.
`;

let dir: string;
let file: string;
let folder: string;
let backup: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-search-'));
  file = join(dir, 'dialoger.txt');
  await writeFile(file, threads);
  folder = join(dir, 'prosjekt');
  await mkdir(join(folder, 'intervju'), { recursive: true });
  await writeFile(join(folder, 'dialoger.txt'), threads);
  await writeFile(join(folder, 'intervju', 'intervju-01.txt'), interview);
  await writeFile(join(folder, 'bilde.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(folder, 'deltakere.csv'), 'deltaker,gruppe\nKari,1\n');

  // A backup whose source has a logged typo fix: search reads the fixed text.
  backup = join(dir, 'prosjekt.kodebok.json');
  const at = '2026-01-01T00:00:00.000Z';
  const stored = 'Bruker: Jeg fikk et vedtk i dag.';
  const rows: Record<string, object[]> = {
    sources: [{ id: 's1', projectId: 'p1', title: 'Samtale med Ola', kind: 'dialogue', order: 0, length: stored.length + 1, attributes: {}, createdAt: at, updatedAt: at }],
    sourceTexts: [{ sourceId: 's1', projectId: 'p1', text: stored }],
    sourceEdits: [{ id: 'e1', projectId: 'p1', sourceId: 's1', start: 20, removed: 'vedtk', inserted: 'vedtak', authorId: 'k1', createdAt: at, updatedAt: at }],
    messages: [{ id: 'm1', projectId: 'p1', sourceId: 's1', order: 0, speaker: 'Bruker', role: 'user', delay: null, timestamp: null, start: 8, end: stored.length + 1, createdAt: at, updatedAt: at }],
  };
  const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
  await writeFile(
    backup,
    JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: at, project: { id: 'p1', name: 'Test', createdAt: at, updatedAt: at }, tables }),
  );
});

describe('cli search --json', () => {
  it('prints source, offsets, hit text and context for every inflection, in reading order', async () => {
    const { code, stdout, stderr } = await cli('search', file, 'vedtak', '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const hits: Hit[] = JSON.parse(stdout);
    expect(hits.map((h) => h.text)).toEqual(['vedtaket', 'Vedtakene']);
    for (const h of hits) expect(Object.keys(h)).toEqual(['source', 'start', 'end', 'text', 'context']);
    expect(hits[0]!.source).toContain('Klage på vedtak');
    expect(hits[0]!.context).toBe('Hei. Jeg har fått vedtaket fra Nav-kontoret, men forstår det ikke.');
  });

  it('gives offsets into the source text the importer made (the same as cli inspect)', async () => {
    const inspected = JSON.parse((await cli('inspect', file, '--json')).stdout) as { sources: { messages: { start: number; end: number; text: string }[] }[] };
    const [hit] = JSON.parse((await cli('search', file, 'Nav-kontoret', '--json')).stdout) as Hit[];
    const message = inspected.sources[0]!.messages.find((m) => m.start <= hit!.start && hit!.end <= m.end)!;
    expect(message.text.slice(hit!.start - message.start, hit!.end - message.start)).toBe('Nav-kontoret');
  });

  it('finds phrases, placeholders and regular expressions', async () => {
    const texts = async (...args: string[]) => (JSON.parse((await cli('search', file, ...args, '--json')).stdout) as Hit[]).map((h) => h.text);
    expect(await texts('"har du lest"')).toEqual(['Har du lest']);
    expect(await texts('<Navn på kontor>')).toEqual(['<Navn på kontor>']);
    expect(await texts('[stedsnavn]')).toEqual(['[stedsnavn]']);
    expect(await texts('vedtak\\w*', '--regex')).toEqual(['vedtaket', 'Vedtakene']);
  });

  it('prints [] when nothing matches', async () => {
    expect(await cli('search', file, 'strømregning', '--json')).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('searches every importable file in a folder, passing over the rest', async () => {
    const { code, stdout, stderr } = await cli('search', folder, 'vedtak', '--json', '--lang', 'nn');
    expect(code).toBe(0);
    const hits: Hit[] = JSON.parse(stdout);
    expect(new Set(hits.map((h) => h.source.split(':')[0]))).toEqual(new Set(['dialoger.txt', join('intervju', 'intervju-01.txt')]));
    expect(hits.filter((h) => h.source.startsWith('intervju')).map((h) => h.text)).toEqual(['vedtaka', 'vedtaka']);
    // The attribute table is named and skipped; the image is not an importable file at all.
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/deltakere\.csv:.*warning: skipped/)]);
  });

  it('searches a project backup in its current text, typo fixes applied', async () => {
    const { code, stdout, stderr } = await cli('search', backup, 'vedtak', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ source: 'Samtale med Ola', start: 20, end: 26, text: 'vedtak', context: 'Jeg fikk et vedtak i dag.' }]);
  });
});

describe('cli search without --json', () => {
  it('lists hits by source as keyword in context', async () => {
    const { code, stdout } = await cli('search', file, 'vedtak');
    expect(code).toBe(0);
    expect(stdout).toContain('[vedtaket]');
    expect(stdout).toContain('2 hits.');
    expect((await cli('search', file, 'strømregning')).stdout).toContain('No hits');
  });
});

describe('cli search errors: exit 1 with one line', () => {
  it.each([
    [['"har du'], /quote at character 1 is not closed/],
    [['vedtak OR'], /OR at character 8 needs a word on each side/],
    [['(a+)+', '--regex'], /could run for a very long time/],
    [['(ja', '--regex'], /not a valid regular expression/],
  ])('a bad query %j', async (args, message) => {
    const { code, stdout, stderr } = await cli('search', file, ...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('a file that does not exist, or cannot be read', async () => {
    const missing = await cli('search', join(dir, 'borte.txt'), 'vedtak');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/borte\.txt: no such file/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'låst.txt');
      await writeFile(locked, threads);
      await chmod(locked, 0o000);
      const denied = await cli('search', locked, 'vedtak');
      expect(denied.code).toBe(1);
      expect(denied.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a JSON file that is not a backup', async () => {
    const other = join(dir, 'annet.json');
    await writeFile(other, '{"hei": 1}');
    const { code, stderr } = await cli('search', other, 'vedtak');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('not a Kodebok project backup')]);
  });

  it('wrong usage exits 2', async () => {
    expect((await cli('search', file)).code).toBe(2);
    expect((await cli('search', file, 'vedtak', '--lang', 'de')).code).toBe(2);
  });
});
