import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import';
import { makeDocx } from '../../fixtures/import/make-docx';
import { bodies, importBytes, importError } from './import-helpers';

describe('docx import', () => {
  it('reads an interview transcript from a Word document', async () => {
    const bytes = makeDocx([
      'I: Hva skjedde da?',
      'IP: Jeg ringte <Navn på kommune> (...) og ventet.',
      'Det tok lang tid. [sukker]',
    ]);
    const result = await importBytes('intervju 2.docx', bytes);
    expect(result.format).toBe('docx');
    const source = result.sources[0]!;
    expect(source).toMatchObject({ title: 'intervju 2', kind: 'interview' });
    expect(source.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['I', 'interviewer'],
      ['IP', 'participant'],
    ]);
    expect(bodies(source)).toEqual([
      'Hva skjedde da?',
      'Jeg ringte <Navn på kommune> (...) og ventet.\n\nDet tok lang tid. [sukker]',
    ]);
  });

  it('reads a dialogue thread from a Word document, even under another name', async () => {
    const result = await importBytes(
      'dialog.bin',
      makeDocx(['Bruker: Hei, æøå?', 'Veileder: (to dager etter)', 'Hei [Navn].']),
    );
    expect(result.format).toBe('docx');
    expect(result.sources[0]!.kind).toBe('dialogue');
    expect(result.sources[0]!.messages[1]!.delay).toEqual({ phrase: 'to dager etter', minHours: 48, maxHours: 48 });
    expect(bodies(result.sources[0]!)).toEqual(['Hei, æøå?', 'Hei [Navn].']);
  });

  it('says so when a .docx is damaged', async () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<not-xml') });
    const error = await importBytes('skadet.docx', broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('malformed');
    expect((error as ImportError).message).toContain('"skadet.docx" could not be read as a Word document');
    expect(error).toMatchObject({ code: 'docx-damaged', params: { file: 'skadet.docx' } });
  });

  it('says a .docx that is not a zip at all, or a zip without a document, is damaged or not a Word document', async () => {
    let seed = 11;
    const noise = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    for (const bytes of [noise, zipSync({ 'bilder/a.txt': strToU8('hei') })]) {
      const error = await importError(importBytes('intervju.docx', bytes));
      expect(error).toMatchObject({ reason: 'malformed', code: 'docx-damaged', params: { file: 'intervju.docx' } });
      expect(error.message).toContain('"intervju.docx" is not a Word document Kodebok can read: it is damaged');
      expect(error.message).toContain('Open it in Word');
    }
  });

  it('refuses a Word document without text', async () => {
    const error = await importBytes('tom.docx', makeDocx([])).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('empty-file');
  });
});
