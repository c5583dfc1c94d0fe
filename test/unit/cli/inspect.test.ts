import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { appVersion } from '../../../shared/version';

const fixtures = join(import.meta.dirname, '../../fixtures/import');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('cli inspect --json', () => {
  it('prints the documented shape for a windows-1252 dialogue, æøå and curly quotes intact', async () => {
    const file = join(fixtures, 'dialog-cp1252.txt');
    const { code, stdout, stderr } = await cli('inspect', file, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['file', 'format', 'encoding', 'lineEndings', 'sources', 'warnings']);
    expect(json).toMatchObject({ file, format: 'dialogue-txt', encoding: 'windows-1252', lineEndings: 'crlf' });
    expect(json.sources).toHaveLength(1);
    expect(Object.keys(json.sources[0])).toEqual(['title', 'kind', 'preamble', 'messages']);
    expect(json.sources[0].preamble).toBeNull();
    expect(json.sources[0].title).toBe('Utdrag 1: Søknad');
    const [first, second, third] = json.sources[0].messages;
    expect(Object.keys(first)).toEqual(['speaker', 'role', 'delay', 'timestamp', 'timestampEnd', 'start', 'end', 'text']);
    expect(first).toEqual({
      speaker: 'Bruker',
      role: 'user',
      delay: null,
      timestamp: null,
      timestampEnd: null,
      start: 8,
      end: 8 + first.text.length,
      text: 'Hei. Jeg lurer på søknaden min. \u201cHvorfor\u201d tar det så lang tid \u2013 mvh [Navn]',
    });
    expect(second).toMatchObject({
      speaker: 'Veileder',
      role: 'caseworker',
      delay: { phrase: 'dagen etter', minHours: 24, maxHours: 24 },
      text: 'Hei, vi ser på saken.',
    });
    expect(third).toMatchObject({
      speaker: 'Saksbehandlar',
      role: 'unknown',
      delay: { phrase: 'om en stund', minHours: null, maxHours: null },
    });
    expect(json.warnings.map((w: { line: number | null }) => w.line)).toEqual([null, 7, 7]);
    expect(json.warnings[1]).toEqual({ line: 7, message: expect.stringContaining('Saksbehandlar') });
  });

  it('applies --role overrides', async () => {
    const { stdout } = await cli(
      'inspect',
      join(fixtures, 'dialog-cp1252.txt'),
      '--json',
      '--role',
      'Saksbehandlar=caseworker',
    );
    const json = JSON.parse(stdout);
    expect(json.sources[0].messages[2].role).toBe('caseworker');
    expect(json.warnings.some((w: { message: string }) => w.message.includes('Saksbehandlar'))).toBe(false);
  });

  it("reads subtitles with each cue's start and end to the millisecond", async () => {
    type Timed = { speaker: string; timestamp: string; timestampEnd: string };
    const times = (m: Timed) => [m.speaker, m.timestamp, m.timestampEnd];
    const vtt = JSON.parse((await cli('inspect', join(fixtures, 'intervju.vtt'), '--json')).stdout);
    expect(vtt.sources[0].messages.map(times)).toEqual([
      ['Intervjuer', '00:00:01.000', '00:00:03.000'],
      ['Informant', '00:00:04.000', '00:00:06.000'],
    ]);
    const srt = JSON.parse((await cli('inspect', join(fixtures, 'fokusgruppe.srt'), '--json')).stdout);
    expect(srt.sources[0].kind).toBe('focus-group');
    expect(srt.sources[0].messages.map(times)).toEqual([
      ['Moderator', '00:00:01.000', '00:00:02.000'],
      ['P1', '00:00:03.000', '00:00:04.000'],
    ]);
  });

  it("gives a transcript's header lines as its preamble, not as a turn", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-inspect-'));
    const file = join(dir, 'intervju.txt');
    await writeFile(file, 'Intervju 4, Bodø\n12. mars 2024\n\nI: Hvordan begynte det?\nIP: Med et brev.\n');
    const json = JSON.parse((await cli('inspect', file, '--json')).stdout);
    expect(json.sources[0].preamble).toEqual({ start: 0, end: 30, text: 'Intervju 4, Bodø\n12. mars 2024' });
    expect(json.sources[0].messages.map((m: { speaker: string }) => m.speaker)).toEqual(['I', 'IP']);
    expect(json.warnings).toEqual([{ line: 1, message: expect.stringContaining('Lines 1–2') }]);
  });
});

describe('cli inspect summary', () => {
  it('shows format, encoding, threads, speakers with roles, delays and warnings', async () => {
    const { code, stdout } = await cli('inspect', join(fixtures, 'dialog-cp1252.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('Format:       dialogue-txt');
    expect(stdout).toContain('Encoding:     windows-1252');
    expect(stdout).toContain('1. Utdrag 1: Søknad (dialogue): 3 messages');
    expect(stdout).toContain('Bruker [user]: 1 message');
    expect(stdout).toContain('Saksbehandlar [unknown]: 1 message');
    expect(stdout).toContain('"dagen etter" → 24 h: 1×');
    expect(stdout).toContain('"om en stund" → not understood: 1×');
    expect(stdout).toContain('Warnings: 3');
  });
});

describe('cli errors and usage', () => {
  it('a binary file: exit 1 and one line <file>: <reason>', async () => {
    const file = join(fixtures, 'bilde.png');
    const { code, stdout, stderr } = await cli('inspect', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: "bilde.png" is a PNG image, not a text file\\. [^\\n]+\\n$`,
      ),
    );
  });

  it('a malformed table: the line number sits between file and reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-cli-'));
    const file = join(dir, 'tabell.csv');
    await writeFile(file, 'a,b\n1,2\n');
    const { code, stderr } = await cli('inspect', file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^.*tabell\.csv:1: "tabell\.csv" line 1: no column for the message speaker[^\n]*\n$/);
  });

  it('a missing file', async () => {
    const { code, stderr } = await cli('inspect', '/finnes/ikke.txt');
    expect(code).toBe(1);
    expect(stderr).toBe('/finnes/ikke.txt: no such file. Check the path.\n');
  });

  it('wrong usage exits 2', async () => {
    expect((await cli('inspect')).code).toBe(2);
    expect((await cli('inspect', 'a.txt', '--role', 'Kari=sjef')).stderr).toContain('--role expects Label=role');
    expect((await cli('inspect', 'a.txt', '--bogus')).code).toBe(2);
    expect((await cli('nope')).code).toBe(2);
  });

  it('--help lists the commands and inspect --help documents UTF-16 offsets', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/inspect\s+Show how a file/);
    expect(help.stdout).toMatch(/version\s+Print the Kodebok version/);
    expect((await cli('inspect', '--help')).stdout).toContain('UTF-16 code units');
  });

  it('version prints just the number', async () => {
    expect(await cli('version')).toEqual({ code: 0, stdout: `${appVersion}\n`, stderr: '' });
  });
});

describe('cli as a process (npm run cli)', () => {
  const run = promisify(execFile);
  const main = join(import.meta.dirname, '../../../cli/main.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

  it('prints the version and exits 0', async () => {
    const { stdout } = await run(tsx, [main, 'version']);
    expect(stdout).toBe(`${appVersion}\n`);
  }, 30_000);

  it('exits 1 with one stderr line for a file it cannot read', async () => {
    const error = await run(tsx, [main, 'inspect', join(fixtures, 'bilde.png'), '--json']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 1, stdout: '' });
    const stderr = (error as { stderr: string }).stderr;
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain('bilde.png: "bilde.png" is a PNG image');
  }, 30_000);
});
