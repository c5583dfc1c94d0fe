import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { hostileFiles } from '../../fixtures/hostile/hostile-files';
import { makeDocxBomb, MB } from '../../fixtures/import/make-zip-bomb';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kodebok-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * The CLI as `npm run cli` runs it (tsx), in one process with a 512 MB heap, killed after 20 s:
 * a bomb that got through dies or is stopped, and the test fails, instead of running on.
 */
async function inspectSpawned(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--max-old-space-size=512', '--import', 'tsx', 'cli/main.ts', 'inspect', file];
  return run(process.execPath, args, { cwd: root, timeout: 20_000, killSignal: 'SIGKILL' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('cli inspect on a zip bomb', () => {
  it('refuses a .docx that unpacks to 100 MB: exit 1, one stderr line naming the file and the limit', async () => {
    const file = join(folder, 'bomb.docx');
    await writeFile(file, makeDocxBomb({ inflatedBytes: 100 * MB }));
    const { code, stdout, stderr } = await inspectSpawned(file);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.endsWith('\n')).toBe(true);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^.*bomb\.docx: "bomb\.docx" is too large to import: word\/document\.xml unpacks to 100 MB/,
    );
    expect(lines[0]).toContain('Kodebok reads at most 48 MB from a Word document');
  }, 30_000);

  it('refuses a .docx that under-declares its 100 MB as 2 MB, naming the declared size', async () => {
    const file = join(folder, 'lyver.docx');
    await writeFile(file, makeDocxBomb({ inflatedBytes: 100 * MB, declaredBytes: 2 * MB }));
    const { code, stderr } = await inspectSpawned(file);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"lyver.docx" cannot be imported: word/document.xml unpacks to more than the 2 MB');
  }, 30_000);
});

describe('cli inspect on every hostile file', () => {
  // The two large text files import (exit 0) and are timed by the importFile suite; the rest run here.
  const small = hostileFiles.filter((f) => !['en-linje.txt', 'stor-logg.csv'].includes(f.fileName));

  it.each(small)('$what: exit 0 with a summary, or exit 1 with one line on stderr', async (hostile) => {
    const file = join(folder, hostile.fileName);
    await writeFile(file, hostile.make());
    let stdout = '';
    let stderr = '';
    const code = await runCli(['inspect', file], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    if (typeof hostile.outcome === 'object') expect(code).toBe(1);
    if (hostile.outcome === 'import') expect(code).toBe(0);
    if (code === 0) {
      expect(stderr).toBe('');
      expect(stdout).toContain(`File:         ${file}`);
    } else {
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`${file}:`)).toBe(true);
      expect(lines[0]).toContain(`"${hostile.fileName}"`);
    }
  });
});
