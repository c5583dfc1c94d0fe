import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import';
import { makeDocx } from '../../fixtures/import/make-docx';
import { bodies, importBytes } from './import-helpers';

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
  });

  it('refuses a Word document without text', async () => {
    const error = await importBytes('tom.docx', makeDocx([])).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('empty-file');
  });
});
