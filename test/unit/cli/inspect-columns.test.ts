import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const sampleCsv = join(import.meta.dirname, '../../../sample-data/dialoger/dialoglogg-eksport.csv');

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('cli inspect --columns', () => {
  it('maps the CSV columns as given', async () => {
    const { code, stdout, stderr } = await cli(
      'inspect',
      sampleCsv,
      '--columns',
      'thread=tråd,speaker=avsender,text=melding,timestamp=tidspunkt,role=rolle',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.format).toBe('csv');
    expect(json.sources).toHaveLength(8);
    expect(json.sources[0].messages[0]).toMatchObject({ speaker: 'Bruker 01', role: 'user', timestamp: '2024-03-12T14:05:00' });
  });

  it('leaves out what the mapping does not name: no thread column gives one source', async () => {
    const json = JSON.parse((await cli('inspect', sampleCsv, '--columns', 'speaker=avsender,text=melding', '--json')).stdout);
    expect(json.sources).toHaveLength(1);
    expect(json.sources[0].messages).toHaveLength(30);
    expect(json.sources[0].messages[0].timestamp).toBeNull();
  });

  it('maps XLSX columns the same way', async () => {
    const { code, stdout } = await cli(
      'inspect',
      join(fixtures, 'dialoglogg.xlsx'),
      '--columns',
      'thread=tråd,speaker=avsender,text=melding,timestamp=tidspunkt,role=rolle',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.format).toBe('xlsx');
    expect(json.sources.map((s: { title: string }) => s.title)).toEqual(['dialoglogg – Tråd 1', 'dialoglogg – Tråd 2']);
    expect(json.sources[0].messages[1].role).toBe('caseworker');
  });

  it('a column that is not in the file: exit 1, one stderr line naming the file, the column and the real headers', async () => {
    const { code, stdout, stderr } = await cli('inspect', sampleCsv, '--columns', 'speaker=sender,text=melding', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(
        `^${escapeRegExp(sampleCsv)}:1: "dialoglogg-eksport\\.csv" line 1: the speaker column "sender" is not in the header row \\(found: tråd, tidspunkt, avsender, rolle, melding\\)\\. [^\\n]+\\n$`,
      ),
    );
  });

  it('a malformed option is wrong usage (exit 2)', async () => {
    for (const value of ['speaker=avsender', 'sender=avsender,text=melding', 'speaker=avsender,text', 'speaker=a,speaker=b,text=c']) {
      const { code, stderr } = await cli('inspect', sampleCsv, '--columns', value);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^inspect: --columns expects field=column pairs[^\n]*\n$/);
    }
  });

  it('is refused for a file that is not a table', async () => {
    const { code, stderr } = await cli('inspect', join(fixtures, 'intervju.vtt'), '--columns', 'speaker=a,text=b');
    expect(code).toBe(2);
    expect(stderr).toContain('--columns applies to CSV and XLSX tables');
  });

  it('is documented in --help, with the formats', async () => {
    const help = (await cli('inspect', '--help')).stdout;
    expect(help).toContain('--columns field=column');
    expect(help).toContain('thread=tråd,speaker=avsender,text=melding,timestamp=tidspunkt,role=rolle');
    expect(help).toMatch(/Skip detection: .*pdf.*xlsx/);
  });
});

describe('cli inspect PDF and XLSX', () => {
  it('prints a PDF interview as a transcript', async () => {
    const { code, stdout } = await cli('inspect', join(fixtures, 'intervju.pdf'));
    expect(code).toBe(0);
    expect(stdout).toContain('Format:       pdf');
    expect(stdout).toContain('IP [participant]: 3 messages');
  });

  it('a scanned PDF: exit 1 and one line saying to run OCR', async () => {
    const file = join(fixtures, 'skannet.pdf');
    const { code, stdout, stderr } = await cli('inspect', file, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(file)}: "skannet\\.pdf" is a PDF without text: [^\\n]*OCR[^\\n]*\\n$`));
  });

  it('as a process: npm run cli -- inspect … --columns with a bad column exits 1 with one stderr line', async () => {
    const run = promisify(execFile);
    const main = join(import.meta.dirname, '../../../cli/main.ts');
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const error = await run(tsx, [main, 'inspect', sampleCsv, '--columns', 'speaker=avsender,text=tekst', '--json']).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 1, stdout: '' });
    const lines = (error as { stderr: string }).stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('dialoglogg-eksport.csv:1: "dialoglogg-eksport.csv" line 1: the text column "tekst" is not in the header row');
  }, 30_000);
});
