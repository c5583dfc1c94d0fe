import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoProjectRows } from '../../../cli/demo-report-project';
import { backupTables, type BackupRow, type BackupTables } from '../../../shared/backup/format';
import { remapProjectRowsBy } from '../../../shared/backup/remap-ids';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { guidFromId, refiGuidOf } from '../../../shared/exchange/refi/guid';
import { applyExtension, extensionPath, readExtension, refiTables } from '../../../shared/exchange/refi/kodebok-extension';
import { writeQdc } from '../../../shared/exchange/refi/write/qdc';
import { writeQdpx } from '../../../shared/exchange/refi/write/qdpx';
import { latestSchemaVersion } from '../../../shared/migrations';
import type { Code } from '../../../shared/model';
import { strFromU8 } from 'fflate';
import { readWrittenQdpx } from './read-written-qde';
import { refiFixture } from './refi-fixtures';
import { refiSchemaErrors } from './xsd-validate';

const options = { origin: 'Kodebok 0.1.0', schemaVersion: latestSchemaVersion, appVersion: '0.1.0' };
const v8Guid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The demo project with what the demo lacks: memos on each kind of target, a second coder, hostile text. */
async function richDemo(): Promise<ExchangeProject> {
  const demo = await loadDemoProjectRows('nb');
  const t = demo.tables;
  const projectId = String(demo.project.id);
  const coder = String(t.coders[0]!.id);
  const stamp = '2026-03-01T10:00:00.000Z';
  const memo = (id: string, targetKind: string, targetId: string, title: string, plainText: string): BackupRow => ({
    id, projectId, targetKind, targetId, authorId: coder, title, plainText,
    content: JSON.stringify({ root: { children: [{ text: plainText }] } }), createdAt: stamp, updatedAt: stamp,
  });
  t.memos.push(
    memo('memo:project', 'project', projectId, 'Prosjektnotat', 'Første runde med koding er ferdig.'),
    memo('memo:code', 'code', String(t.codes[0]!.id), 'Om <respons> & "svar"', 'Linje én\r\nlinje to\tmed tab'),
    memo('memo:coding', 'coding', String(t.codings[0]!.id), '', 'Usikker 😅 på denne'),
    memo('memo:source', 'source', String(t.sources[0]!.id), 'Kilde', 'Kontroll\u0001tegn og ]]> slutt'),
  );
  t.coders.push({ id: 'coder:kari', projectId, name: 'Kari Nordmann', color: '#aa3355', createdAt: stamp, updatedAt: stamp });
  t.codings.push({ ...t.codings[0]!, id: 'coding:kari', coderId: 'coder:kari', authorId: 'coder:kari' });
  t.codes.push({ ...t.codes[1]!, id: 'code:hostile', name: 'A & B <c> "d" \u0007 😀', color: 'rød', parentId: t.codes[0]!.id, order: 99 });
  return demo;
}

describe('GUIDs', () => {
  it('gives an id the same version-8 GUID every time, and different ids different GUIDs', () => {
    expect(guidFromId('01JEXAMPLE0000000000000000')).toBe(guidFromId('01JEXAMPLE0000000000000000'));
    expect(guidFromId('01JEXAMPLE0000000000000000')).toMatch(v8Guid);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => guidFromId(`01J${i}`)));
    expect(many.size).toBe(5000);
    expect(guidFromId('coding:1', 'selection')).not.toBe(guidFromId('coding:1'));
  });

  it('keeps a GUID a row came with from REFI', () => {
    expect(refiGuidOf({ id: 'x', refiGuid: '{5D5C2A0B-1C3E-4E5F-8A9B-0C1D2E3F4A5B}' })).toBe('{5D5C2A0B-1C3E-4E5F-8A9B-0C1D2E3F4A5B}');
    expect(refiGuidOf({ id: 'x', refiGuid: 'not a guid' })).toBe(guidFromId('x'));
  });
});

describe('.qdpx export', () => {
  it('writes the demo project as a zip whose project.qde validates against the REFI Project schema', async () => {
    const project = await richDemo();
    const { bytes, skippedCodings } = writeQdpx(project, options);
    expect(skippedCodings).toEqual([]);
    const written = readWrittenQdpx(bytes);
    expect(await refiSchemaErrors(written.qde, 'Project')).toEqual([]);
    expect(written.core.tables.sources).toHaveLength(project.tables.sources.length);
    expect(written.core.tables.codes).toHaveLength(project.tables.codes.length);
    expect(written.core.tables.codings).toHaveLength(project.tables.codings.length);
    expect(written.core.tables.memos).toHaveLength(4);
    expect(written.core.tables.coders.map((c) => c.name)).toContain('Kari Nordmann');
    // Every source file is there, LF only, no BOM.
    const sourceFiles = Object.keys(written.entries).filter((p) => p.startsWith('sources/'));
    expect(sourceFiles).toHaveLength(project.tables.sources.length);
    for (const path of sourceFiles) {
      const bytesOf = written.entries[path]!;
      expect([...bytesOf.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(strFromU8(bytesOf)).not.toContain('\r');
    }
    // Sizes stay sane: deflated, and far below the text plus XML.
    const textBytes = project.tables.sourceTexts.reduce((n, t) => n + String(t.text).length, 0);
    expect(bytes.byteLength).toBeLessThan(textBytes * 2);
  });

  it('places every selection by UTF-16 offsets over the text file as written, quoting the passage', async () => {
    const project = await richDemo();
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    const texts = new Map(written.core.tables.sourceTexts.map((t) => [t.sourceId, String(t.text)]));
    for (const s of written.selections) expect(texts.get(s.sourceGuid)!.slice(s.start, s.end)).toBe(s.name);
    const original = new Map(project.tables.codings.map((c) => [refiGuidOf(c), c]));
    for (const c of written.core.tables.codings) {
      const from = original.get(String(c.id))!;
      expect([c.start, c.end]).toEqual([from.start, from.end]);
    }
  });

  it('escapes hostile names and notes and drops what XML cannot carry, and the values read back', async () => {
    const project = await richDemo();
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    const hostile = written.core.tables.codes.find((c) => c.id === guidFromId('code:hostile'))!;
    expect(hostile.name).toBe('A & B <c> "d" \uFFFD 😀');
    expect(hostile.color).toBe(''); // "rød" is no RGB colour: left out, not written invalid
    expect(hostile.parentId).toBe(refiGuidOf(project.tables.codes[0]!));
    const notes = new Map(written.core.tables.memos.map((m) => [m.title, m.plainText]));
    expect(notes.get('Om <respons> & "svar"')).toBe('Linje én\r\nlinje to\tmed tab');
    expect(notes.get('Kilde')).toBe('Kontroll\uFFFDtegn og ]]> slutt');
  });

  it('keeps offsets after an astral character as our own UTF-16 offsets', async () => {
    const projectId = 'p';
    const text = 'Hei 👋🏽 Åse!\nJeg lurer på søknaden.';
    const stamp = '2026-01-01T00:00:00Z';
    const project: ExchangeProject = {
      project: { id: projectId, name: 'Liten', description: '', createdAt: stamp, updatedAt: stamp },
      tables: {
        ...(Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables),
        sources: [{ id: 's', projectId, title: 'Dialog', kind: 'text', length: text.length, attributes: {}, order: 0, createdAt: stamp, updatedAt: stamp }],
        sourceTexts: [{ sourceId: 's', projectId, text }],
        codes: [{ id: 'c', projectId, parentId: null, order: 0, name: 'Spørsmål', color: '#123', definition: '', createdAt: stamp, updatedAt: stamp }],
        codings: [{ id: 'k', projectId, sourceId: 's', codeId: 'c', coderId: 'u', authorId: 'u', start: text.indexOf('Åse'), end: text.indexOf('!'), createdAt: stamp, updatedAt: stamp }],
      },
    };
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    expect(await refiSchemaErrors(written.qde, 'Project')).toEqual([]);
    expect(written.selections[0]).toMatchObject({ start: 9, end: 12, name: 'Åse' });
    // A coder id without a coder row is still a User, so the coding's creatingUser points somewhere.
    expect(written.core.tables.coders).toEqual([expect.objectContaining({ id: guidFromId('u'), name: 'u' })]);
  });
});

describe('the XSD check itself', () => {
  it('accepts the real ATLAS.ti example project and refuses it with a broken GUID', async () => {
    const atlas = readFileSync(refiFixture('refi-spec-example', 'Project.qde'), 'utf8');
    expect(await refiSchemaErrors(atlas, 'Project')).toEqual([]);
    const broken = atlas.replace(/guid="[0-9A-Fa-f-]{36}"/, 'guid="not-a-guid"');
    expect(await refiSchemaErrors(broken, 'Project')).not.toEqual([]);
  });
});

describe('typo fixes', () => {
  it('exports the current text (fixes applied), where the codings point', async () => {
    const project = await richDemo();
    const t = project.tables;
    const source = t.sources[0]!;
    const stored = String(t.sourceTexts.find((x) => x.sourceId === source.id)!.text);
    const at = stored.indexOf('sosialhjelp');
    expect(at).toBeGreaterThanOrEqual(0);
    t.sourceEdits.push({ id: 'edit:1', projectId: source.projectId, sourceId: source.id, authorId: 'u', start: at, removed: 'sosialhjelp', inserted: 'økonomisk sosialhjelp', createdAt: '2026-02-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' });
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    const text = String(written.core.tables.sourceTexts.find((x) => x.sourceId === refiGuidOf(source))!.text);
    expect(text).toBe(`${stored.slice(0, at)}økonomisk ${stored.slice(at)}`);
  });
});

describe('.qdc export', () => {
  it('writes a codebook with nested codes, descriptions and theme sets that validates against the Codebook schema', async () => {
    const project = await richDemo();
    const codes = project.tables.codes as unknown as Code[];
    const xml = writeQdc(codes, 'Kodebok 0.1.0', { themes: project.tables.themes as never, themeCodes: project.tables.themeCodes as never })!;
    expect(await refiSchemaErrors(xml, 'Codebook')).toEqual([]);
    expect(xml.match(/<Code /g)).toHaveLength(codes.length);
    expect(xml).toContain('<Sets>');
    expect(xml).toContain('Include: ');
    // The same GUIDs as the project export, so a codebook and a project of the same codes match.
    expect(xml).toContain(`guid="${refiGuidOf(codes[0]!)}"`);
  });

  it('refuses to write an empty codebook (the schema needs a code)', () => {
    expect(writeQdc([], 'Kodebok')).toBeNull();
  });

  it('is refused by the validator when it breaks the schema (the check can fail)', async () => {
    expect(await refiSchemaErrors('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', 'Codebook')).not.toEqual([]);
  });
});

describe('Kodebok → .qdpx → Kodebok', () => {
  it('loses nothing: the .qde plus the extension give back every row of every table', async () => {
    const project = await richDemo();
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    const read = readExtension(JSON.parse(strFromU8(written.entries[extensionPath]!)));
    if (!read.ok) throw new Error(read.problem);
    let n = 0;
    const back = applyExtension(written.core, read.extension, { now: '2026-01-01T00:00:00Z', newId: () => `new:${++n}` });

    // What we expect: the same rows, pointing at the GUIDs the .qde gave the REFI-held rows.
    const guids = read.extension.guids;
    const expected = remapProjectRowsBy(project.tables, 'imported', (old) => guids[old] ?? old);
    for (const table of refiTables) expected[table] = expected[table].map((row) => ({ ...row, refiGuid: row.id }));
    const sorted = (rows: BackupRow[]) => [...rows].sort((a, b) => (String(a.id ?? a.sourceId) < String(b.id ?? b.sourceId) ? -1 : 1));
    for (const table of Object.keys(expected) as (keyof BackupTables)[]) {
      if (table === 'sourceTexts' || table === 'sourceEdits') continue;
      expect(sorted(back.tables[table]), table).toEqual(sorted(expected[table]));
    }
    expect(back.tables.sourceTexts.map((t) => t.text).sort()).toEqual(project.tables.sourceTexts.map((t) => t.text).sort());
    expect(back.project.settings).toEqual(project.project.settings);
    expect(back.tables.messages).toHaveLength(517);
    expect(n).toBe(0);
  });

  it('follows the .qde where another tool changed it: a renamed code keeps its criteria, an edited note drops its stale formatting, a deleted source takes its turns along', async () => {
    const project = await richDemo();
    const written = readWrittenQdpx(writeQdpx(project, options).bytes);
    const read = readExtension(JSON.parse(strFromU8(written.entries[extensionPath]!)));
    if (!read.ok) throw new Error(read.problem);
    const core = written.core;
    core.tables.codes[0]!.name = 'Omdøpt i NVivo';
    const editedNote = core.tables.memos.find((m) => m.title === 'Prosjektnotat')!;
    editedNote.plainText = 'Skrevet om i ATLAS.ti.';
    const gone = String(core.tables.sources[0]!.id);
    core.tables.sources = core.tables.sources.slice(1);
    core.tables.sourceTexts = core.tables.sourceTexts.filter((t) => t.sourceId !== gone);
    core.tables.codings = core.tables.codings.filter((c) => c.sourceId !== gone);
    const back = applyExtension(core, read.extension, { now: '2026-01-01T00:00:00Z', newId: () => 'x' });
    const renamed = back.tables.codes.find((c) => c.id === core.tables.codes[0]!.id)!;
    expect(renamed.name).toBe('Omdøpt i NVivo');
    expect(renamed.inclusion).toBe(project.tables.codes[0]!.inclusion);
    const note = back.tables.memos.find((m) => m.id === editedNote.id)!;
    expect([note.plainText, note.content, note.targetKind]).toEqual(['Skrevet om i ATLAS.ti.', '', 'project']);
    const untouched = back.tables.memos.find((m) => m.title === 'Kilde')!;
    expect(untouched.content).not.toBe('');
    expect(back.tables.sources).toHaveLength(project.tables.sources.length - 1);
    expect(back.tables.messages.some((m) => m.sourceId === gone)).toBe(false);
    expect(back.tables.messages.length).toBeGreaterThan(0);
  });

  it('refuses an extension from a newer Kodebok and anything that is not one', () => {
    expect(readExtension({ format: 'something' })).toEqual({ ok: false, problem: 'not-an-extension' });
    expect(readExtension({ format: 'kodebok-refi-extension', version: 99, schemaVersion: 1, project: {}, guids: {}, tables: {} })).toEqual({ ok: false, problem: 'newer-version' });
  });
});
