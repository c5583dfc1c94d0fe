import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile, type ImportEnvironment } from '../../../shared/import';
import { scanForPersonalData } from '../../../shared/anonymise';
import {
  entrySources,
  defaultChoices,
  hitKey,
  markDuplicates,
  othersImportable,
  prepareBatch,
  queuedEntry,
  type FileEntry,
} from '../../../renderer/features/import/batch';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/repositories/projects';
import { findImportedHashes, importSources, listSources } from '../../../renderer/store/repositories/sources';
import { freshName } from '../store/fixtures';

const env: ImportEnvironment = {
  decode: (bytes, encoding) => new TextDecoder(encoding).decode(bytes),
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
};

const threads = [
  'Dialog 1: Husleie',
  'Bruker: Hei, jeg heter Ola Testmann og når meg på 98765432. Får jeg hjelp med husleia?',
  '',
  'Veileder: (to dager etter)',
  'Du må ringe NAV-kontoret, denne dialogen gjelder arbeid.',
  '',
  'Dialog 2: Kurs',
  'Deltaker: Når starter kurset?',
  '',
  'Saksbehandler: (samme dag)',
  'Mandag klokka ni.',
  '',
].join('\n');

async function parsedEntry(text = threads, name = 'dialoger.txt'): Promise<FileEntry> {
  const result = await importFile({ fileName: name, bytes: new TextEncoder().encode(text) }, env);
  const entry: FileEntry = { ...queuedEntry('k1', name, text.length), status: 'parsed', result };
  return { ...entry, sources: defaultChoices(entrySources(entry)) };
}

let db: KodebokDb;
afterEach(() => db?.close());

describe('preparing an import batch', () => {
  it('keeps one source per thread with titles, roles and offsets as parsed', async () => {
    const prepared = prepareBatch([await parsedEntry()], '2026-11-23T10:00:00.000Z');
    expect(prepared.map((p) => p.title)).toEqual(['Dialog 1: Husleie', 'Dialog 2: Kurs']);
    const [first] = prepared;
    const reply = first!.messages[1]!;
    expect(first!.text.slice(reply.start, reply.end)).toBe('Du må ringe NAV-kontoret, denne dialogen gjelder arbeid.');
    expect(reply).toMatchObject({ role: 'caseworker', delay: { minHours: 48, maxHours: 48 } });
  });

  it('applies a role the user fixed in the preview to every message of that speaker', async () => {
    const entry = await parsedEntry();
    const prepared = prepareBatch([{ ...entry, roleOverrides: { Deltaker: 'participant' } }], 'now');
    expect(prepared[1]!.messages[0]!.role).toBe('participant');
    expect(prepared[0]!.messages[0]!.role).toBe('user');
  });

  it('merges threads into one source when the user turns the split off, offsets still right', async () => {
    const entry = { ...(await parsedEntry()), splitThreads: false };
    const withChoices = { ...entry, sources: defaultChoices(entrySources(entry)) };
    const [merged, ...rest] = prepareBatch([withChoices], 'now');
    expect(rest).toEqual([]);
    expect(merged!.title).toBe('dialoger');
    expect(merged!.messages).toHaveLength(4);
    for (const m of merged!.messages) expect(merged!.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    expect(merged!.text.slice(merged!.messages[3]!.start, merged!.messages[3]!.end)).toBe('Mandag klokka ni.');
  });

  it('leaves out excluded files and sources, and uses edited titles and attributes', async () => {
    const entry = await parsedEntry();
    entry.sources[0] = { title: 'Husleie i mars', include: true, attributes: { Gruppe: 'A' } };
    entry.sources[1]!.include = false;
    const prepared = prepareBatch([entry, { ...entry, key: 'k2', include: false }], 'now');
    expect(prepared.map((p) => [p.title, p.attributes])).toEqual([['Husleie i mars', { Gruppe: 'A' }]]);
  });

  it('replaces accepted personal data, keeps rejected hits, and records kinds and counts only', async () => {
    const entry = await parsedEntry();
    const sources = entrySources(entry);
    const hits = sources.map((s) => scanForPersonalData(s.text, { names: ['Ola Testmann'] }));
    expect(hits[0]!.map((h) => h.kind).sort()).toEqual(['name', 'phone']);
    const phone = hits[0]!.find((h) => h.kind === 'phone')!;
    const [first] = prepareBatch([{ ...entry, anonymisation: { names: ['Ola Testmann'], hits, rejected: [hitKey(0, phone)] } }], 'now');
    expect(first!.text).toContain('jeg heter [Navn] og når meg på 98765432');
    expect(first!.origin.anonymisation).toEqual([{ kind: 'name', placeholder: '[Navn]', count: 1 }]);
    expect(JSON.stringify(first!.origin)).not.toContain('Testmann');
    const m = first!.messages[0]!;
    expect(first!.text.slice(m.start, m.end)).toMatch(/^Hei, jeg heter \[Navn\]/);
  });
});

describe('a failed file in a batch', () => {
  const failed = (key: string, name: string): FileEntry => ({
    ...queuedEntry(key, name, 10),
    status: 'failed',
    include: false,
    failure: { reason: 'malformed', code: 'docx-damaged', params: { file: name }, message: '', line: null, hint: '' },
  });

  it('says the other files can still be imported only when another file is read or being read', async () => {
    const bad = failed('k9', 'skadet.docx');
    expect(othersImportable([bad], bad)).toBe(false);
    expect(othersImportable([bad, failed('k8', 'også-skadet.docx')], bad)).toBe(false);
    expect(othersImportable([bad, queuedEntry('k7', 'notat.txt', 5)], bad)).toBe(true);
    expect(othersImportable([await parsedEntry(), bad], bad)).toBe(true);
  });
});

describe('preambles and cue times through the batch', () => {
  const interview = 'Intervju med Ola Testmann, 12.03.2024\nSted: Bodø\n\nI: Hvordan begynte det?\nIP: Med et brev fra Ola Testmann.';
  const headed = ['Tråd A, mars', 'Bruker: Hei', '---', 'Tråd B, april', 'Veileder: Svar', ''].join('\n');

  it('moves the preamble with the text when personal data in it is replaced', async () => {
    const entry = await parsedEntry(interview, 'intervju.txt');
    const hits = entrySources(entry).map((s) => scanForPersonalData(s.text, { names: ['Ola Testmann'] }));
    const [prepared] = prepareBatch([{ ...entry, anonymisation: { names: ['Ola Testmann'], hits, rejected: [] } }], 'now');
    const { text, preamble, messages } = prepared!;
    expect(text.slice(preamble!.start, preamble!.end)).toBe('Intervju med [Navn], 12.03.2024\nSted: Bodø');
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(['Hvordan begynte det?', 'Med et brev fra [Navn].']);
  });

  it("keeps the first thread's preamble when threads are merged, and makes a later one a message", async () => {
    const entry = { ...(await parsedEntry(headed, 'tråder.txt')), splitThreads: false };
    const [merged] = prepareBatch([{ ...entry, sources: defaultChoices(entrySources(entry)) }], 'now');
    const { text, preamble, messages } = merged!;
    expect(text.slice(preamble!.start, preamble!.end)).toBe('Tråd A, mars');
    expect(messages.map((m) => [m.speaker, text.slice(m.start, m.end)])).toEqual([
      ['Bruker', 'Hei'],
      ['', 'Tråd B, april'],
      ['Veileder', 'Svar'],
    ]);
  });

  it('stores the preamble on the source and each cue end on its message', async () => {
    db = createDatabase(freshName());
    const project = await createProject(db, { name: 'Tider' });
    const vtt = 'WEBVTT\n\n00:01:07.250 --> 00:01:09.000\n<v Intervjuer>Hei.\n\n00:01:10.000 --> 00:01:12.500\n<v Informant>Hallo.';
    await importSources(db, project.id, prepareBatch([await parsedEntry(interview, 'i.txt'), await parsedEntry(vtt, 'o.vtt')], 'now'));
    const [transcript, subtitles] = await listSources(db, project.id);
    const text = (await db.sourceTexts.get(transcript!.id))!.text;
    expect(transcript!.preamble).toEqual({ start: 0, end: text.indexOf('\n\nI:') });
    expect(subtitles!.preamble).toBeNull();
    const cues = await db.messages.where('sourceId').equals(subtitles!.id).sortBy('order');
    expect(cues.map((m) => [m.timestamp, m.timestampEnd])).toEqual([
      ['00:01:07.250', '00:01:09.000'],
      ['00:01:10.000', '00:01:12.500'],
    ]);
  });
});

describe('writing an import batch', () => {
  it('stores every source, text and message of a batch and flags the same file imported again', async () => {
    db = createDatabase(freshName());
    const project = await createProject(db, { name: 'Import' });
    const entry = await parsedEntry();
    await importSources(db, project.id, prepareBatch([entry], 'now'));
    const sources = await listSources(db, project.id);
    expect(sources.map((s) => [s.title, s.order])).toEqual([
      ['Dialog 1: Husleie', 0],
      ['Dialog 2: Kurs', 1],
    ]);
    expect(await db.messages.where('projectId').equals(project.id).count()).toBe(4);
    const text = (await db.sourceTexts.get(sources[0]!.id))!.text;
    const [msg] = await db.messages.where('[sourceId+order]').equals([sources[0]!.id, 1]).toArray();
    expect(text.slice(msg!.start, msg!.end)).toBe('Du må ringe NAV-kontoret, denne dialogen gjelder arbeid.');
    expect(await findImportedHashes(db, project.id, [entry.result!.sha256, 'other'])).toEqual(new Set([entry.result!.sha256]));
  });

  it('creates attribute definitions once per name and stores values by attribute id', async () => {
    db = createDatabase(freshName());
    const project = await createProject(db, { name: 'Attributter' });
    const entry = await parsedEntry();
    entry.sources = entry.sources.map((s, i) => ({ ...s, attributes: { Gruppe: i === 0 ? 'A' : 'B', ' gruppe ': '' } }));
    await importSources(db, project.id, prepareBatch([entry], 'now'));
    const attributes = await db.attributes.where('projectId').equals(project.id).toArray();
    expect(attributes.map((a) => a.name)).toEqual(['Gruppe']);
    const sources = await listSources(db, project.id);
    expect(sources.map((s) => s.attributes[attributes[0]!.id])).toEqual(['A', 'B']);
  });

  it('writes nothing when any part of the batch fails', async () => {
    db = createDatabase(freshName());
    const project = await createProject(db, { name: 'Atomisk' });
    const good = prepareBatch([await parsedEntry()], 'now');
    // The last record cannot be stored (a Symbol cannot be cloned into IndexedDB): the sources and
    // texts written before it in the same transaction must be rolled back.
    const broken = [...good, { ...good[0]!, messages: [{ ...good[0]!.messages[0]!, start: Symbol('x') as unknown as number }] }];
    await expect(importSources(db, project.id, broken)).rejects.toThrow();
    expect(await db.sources.count()).toBe(0);
    expect(await db.sourceTexts.count()).toBe(0);
    expect(await db.messages.count()).toBe(0);
  });
});

describe('duplicate files', () => {
  it('flags a file the project holds and a second copy in the same preview, and gives the same answer when run twice', async () => {
    const a = await parsedEntry();
    const b = { ...(await parsedEntry(threads.replace('Kurs', 'Kurs i CV')  , 'andre.txt')), key: 'k2' };
    const copy = { ...a, key: 'k3', name: 'kopi.txt' };
    const once = markDuplicates([a, b, copy], new Set([b.result!.sha256]));
    expect(once.map((e) => [e.name, e.duplicate, e.include])).toEqual([
      ['dialoger.txt', false, true],
      ['andre.txt', true, false],
      ['kopi.txt', true, false],
    ]);
    expect(markDuplicates(once, new Set([b.result!.sha256]))).toEqual(once);
    expect(markDuplicates([a, b], new Set())).toEqual([a, b]);
  });
});
