import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../../shared/import';
import { importBytes, importError, importText, utf8 } from './import-helpers';


describe('importFile refuses what it cannot read', () => {
  it('an empty file', async () => {
    const e = await importError(importBytes('tom.txt', new Uint8Array()));
    expect(e.reason).toBe('empty-file');
    expect(e.message).toContain('"tom.txt" is empty');
  });

  it('a file of only a BOM and blank lines', async () => {
    const e = await importError(importBytes('blank.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, 0x0d, 0x0a])));
    expect(e.reason).toBe('empty-file');
  });

  it('a PNG image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = await importError(importBytes('bilde.txt', png));
    expect(e.reason).toBe('binary-file');
    expect(e.message).toContain('"bilde.txt" is a PNG image');
  });

  it('a zip archive that is not a Word document', async () => {
    const zip = zipSync({ 'notater/a.txt': utf8('Bruker: hei') });
    const e = await importError(importBytes('arkiv.zip', zip));
    expect(e.reason).toBe('binary-file');
    expect(e.message).toMatch(/zip archive.*not a Word document/);
  });

  it('a damaged PDF, with what to do', async () => {
    const e = await importError(importBytes('rapport.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')));
    expect(e.reason).toBe('malformed');
    expect(e.message).toContain('"rapport.pdf" could not be read as a PDF');
    expect(e.message).toContain('save it again as PDF');
  });

  it('an old .doc or .xls file, with a hint to save as .docx or .xlsx', async () => {
    const e = await importError(
      importBytes('intervju.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    );
    expect(e.message).toContain('.docx');
    expect(e.message).toContain('.xlsx');
  });

  it('bytes with NULs that are not UTF-16', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 20)));
    const e = await importError(importBytes('data.bin', bytes));
    expect(e.reason).toBe('binary-file');
  });

  it('a file over 200 MB', async () => {
    const e = await importError(importBytes('stor.txt', new Uint8Array(maxImportBytes + 1)));
    expect(e.reason).toBe('too-large');
    expect(e.message).toContain('Split it');
  });

  it('UTF-16 with an odd number of bytes', async () => {
    const e = await importError(importBytes('rar.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])));
    expect(e.reason).toBe('unreadable-encoding');
  });
});

describe('importFile detects the format', () => {
  it('dialogue text by its labels, transcript text otherwise', async () => {
    expect((await importText('a.txt', 'Bruker: hei\n\nVeileder: hallo')).format).toBe('dialogue-txt');
    expect((await importText('a.txt', 'I: Hvordan var det?\n\nIP: Greit.')).format).toBe('transcript-txt');
    expect((await importText('a.txt', 'Utdrag 1\nKari: hei\n\nOla: hallo')).format).toBe('dialogue-txt');
    expect((await importText('a.txt', 'Bare litt tekst.\n\nEt avsnitt til.')).format).toBe('transcript-txt');
  });

  it('subtitles by their content even with a .txt name', async () => {
    expect((await importText('a.txt', 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v I>Hei')).format).toBe('vtt');
    expect((await importText('a.txt', '1\n00:00:01,000 --> 00:00:02,000\nI: Hei\n')).format).toBe('srt');
  });

  it('honours a forced format', async () => {
    const result = await importText('a.txt', 'Bruker: hei\n\nVeileder: hallo', { format: 'transcript-txt' });
    expect(result.format).toBe('transcript-txt');
    expect(result.sources[0]!.kind).toBe('interview');
  });

  it('records size, hash, title and line endings', async () => {
    const result = await importText('mappe/samtale 3.txt', 'Bruker: hei\r\n');
    expect(result).toMatchObject({ file: 'mappe/samtale 3.txt', sizeBytes: 13, lineEndings: 'crlf' });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.sources[0]!.title).toBe('samtale 3');
    expect((await importText('x.txt', 'Bruker: hei', { title: 'Min tittel' })).sources[0]!.title).toBe('Min tittel');
  });
});
