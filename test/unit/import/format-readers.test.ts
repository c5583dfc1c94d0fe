import { describe, expect, it } from 'vitest';
import { formatReaders, readerFor } from '../../../shared/import/format-readers';
import { importFormats } from '../../../shared/import/options';
import { dialogueLogSheet, makeXlsx } from '../../fixtures/import/make-xlsx';
import { makeDocx } from '../../fixtures/import/make-docx';
import { fixture, importText, utf8 } from './import-helpers';

describe('the table of format readers', () => {
  it('has exactly one reader for every format a user can choose', () => {
    for (const format of importFormats) {
      expect(formatReaders.filter((r) => r.formats.includes(format)), format).toHaveLength(1);
    }
  });

  it('recognises Word, Excel, PDF and text by their bytes, whatever the name says', () => {
    const docx = makeDocx(['Bruker: Hei, jeg lurer på søknaden.']);
    const xlsx = makeXlsx([dialogueLogSheet]);
    expect(readerFor(docx, 'notat.txt', {}).formats).toEqual(['docx']);
    expect(readerFor(xlsx, 'logg.csv', {}).formats).toEqual(['xlsx']);
    expect(readerFor(fixture('intervju.pdf'), 'intervju.docx', {}).formats).toEqual(['pdf']);
    expect(readerFor(utf8('I: Hei.\nIP: Hei.'), 'intervju.pdf', {}).formats).toContain('transcript-txt');
  });

  it('reads the format the user chose instead of the one it would detect', async () => {
    const text = 'Bruker: Hei, jeg har fått avslag.\n\nVeileder: Takk for at du skriver.';
    expect((await importText('tråd.txt', text)).format).toBe('dialogue-txt');
    expect((await importText('tråd.txt', text, { format: 'transcript-txt' })).format).toBe('transcript-txt');
    // A chosen text format on a Word file is refused as "not text", as before the table.
    expect(readerFor(makeDocx(['Hei']), 'a.docx', { format: 'vtt' }).formats).toContain('vtt');
  });
});
