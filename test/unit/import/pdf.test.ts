import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { importFile, pageText, PdfReadError, type ImportEnvironment } from '../../../shared/import';
import { makeScannedPdf, makeTextPdf } from '../../fixtures/import/make-pdf';
import { bodies, expectOrderedOffsets, fixture, importBytes, importError } from './import-helpers';



describe('PDF import', () => {
  it('reads a two-page interview as a transcript: turns, timestamps, æøå, wrapped lines kept', async () => {
    const bytes = fixture('intervju.pdf');
    const result = await importBytes('intervju.pdf', bytes);
    expect(result.format).toBe('pdf');
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const [source] = result.sources;
    expect(source!.kind).toBe('interview');
    expect(source!.title).toBe('intervju');
    expectOrderedOffsets(source!);
    const turns = source!.messages.map((m) => [m.speaker, m.role, m.timestamp]);
    // The title line above the first turn is the preamble, not a turn.
    expect(source!.text.slice(source!.preamble!.start, source!.preamble!.end)).toBe('Intervju med veileder – oppdiktet eksempel');
    expect(turns).toEqual([
      ['I', 'interviewer', '00:00:05'],
      ['IP', 'participant', '00:00:12'],
      ['I', 'interviewer', null],
      ['IP', 'participant', '00:01:02'],
      ['I', 'interviewer', null],
      ['IP', 'participant', null],
    ]);
    expect(bodies(source!)[1]).toBe(
      'Ja. Jeg svarer på meldinger hver morgen, før\nførste møte. Det er ikke alltid jeg rekker å svare samme dag.',
    );
    // The second page's first turn follows the first page's last one, a paragraph apart.
    expect(source!.text).toContain('sosialhjelp?\n\nIP: [00:01:02] Da må jeg');
    expect(bodies(source!)[5]).toContain('Ærlig talt');
  });

  it('reads threads of written dialogue in a PDF as dialogue, with reply delays', async () => {
    const pdf = makeTextPdf([[['Bruker: Hei, har dere fått søknaden min?'], ['Veileder: (dagen etter)', 'Hei, ja. Mvh [Navn]']]]);
    const result = await importBytes('dialog.pdf', pdf);
    expect(result.format).toBe('pdf');
    expect(result.sources[0]!.kind).toBe('dialogue');
    expect(result.sources[0]!.messages[1]).toMatchObject({ speaker: 'Veileder', role: 'caseworker', delay: { minHours: 24 } });
    expect(bodies(result.sources[0]!)[1]).toBe('Hei, ja. Mvh [Navn]');
  });

  it('refuses a scanned PDF and says to run OCR or copy the text out', async () => {
    const e = await importError(importBytes('skannet.pdf', fixture('skannet.pdf')));
    expect(e.reason).toBe('scanned-pdf');
    expect(e.message).toContain('"skannet.pdf" is a PDF without text');
    expect(e.message).toContain('(OCR)');
    expect(e.message).toContain('.txt or .docx');
    expect(e.hint).toContain('OCR');
    const three = await importError(importBytes('bok.pdf', makeScannedPdf(3)));
    expect(three.message).toContain('all 3 pages are images');
  });

  it('warns about pages without text among pages with text', async () => {
    const pdf = makeTextPdf([[['I: Første side.']], [], [['IP: Tredje side.']], []]);
    const result = await importBytes('delvis.pdf', pdf);
    expect(result.sources[0]!.messages.map((m) => m.speaker)).toEqual(['I', 'IP']);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'pdf-no-text', line: null, params: { pages: '2, 4', count: 2, total: 4 } }),
    );
    expect(result.warnings.find((w) => w.code === 'pdf-no-text')!.message).toMatch(/^Pages 2 and 4 of 4 have no text/);
  });

  it('recognises a PDF by its bytes, whatever its name', async () => {
    expect((await importBytes('intervju.txt', fixture('intervju.pdf'))).format).toBe('pdf');
  });

  it('explains a password-protected PDF', async () => {
    const env: ImportEnvironment = {
      ...nodeImportEnvironment,
      extractPdfText: () => Promise.reject(new PdfReadError('password', 'No password given')),
    };
    const e = await importError(importFile({ fileName: 'hemmelig.pdf', bytes: fixture('intervju.pdf') }, env));
    expect(e.reason).toBe('protected-file');
    expect(e.message).toContain('"hemmelig.pdf" is a password-protected PDF');
    expect(e.message).toContain('without a password');
  });

  it('says so where the platform cannot read PDFs', async () => {
    const { extractPdfText: _, ...env } = nodeImportEnvironment;
    const e = await importError(importFile({ fileName: 'a.pdf', bytes: fixture('intervju.pdf') }, env));
    expect(e.reason).toBe('unsupported-format');
    expect(e.message).toContain('Copy the text into a .txt or .docx file');
  });
});

describe('pageText lays out PDF text items', () => {
  const at = (str: string, x: number, y: number, extra: { width?: number; hasEOL?: boolean } = {}) => ({
    str,
    transform: [10, 0, 0, 10, x, y],
    width: extra.width ?? str.length * 5,
    height: 10,
    hasEOL: extra.hasEOL ?? false,
  });

  it('breaks lines where the baseline moves and paragraphs where the gap is wider than usual', () => {
    const items = [at('Første linje', 72, 700), at('andre linje', 72, 688), at('Nytt avsnitt', 72, 664), at('slutt', 72, 652)];
    expect(pageText(items)).toBe('Første linje\nandre linje\n\nNytt avsnitt\nslutt');
  });

  it('joins runs on one line, adding a space only across a visible gap', () => {
    const items = [at('I:', 72, 700, { width: 8 }), at('Hei', 90, 700), at('sann', 105, 700, { hasEOL: true }), at('Neste', 72, 688)];
    expect(pageText(items)).toBe('I: Heisann\nNeste');
  });

  it('ends a line at an empty end-of-line item and ignores marked-content items', () => {
    const items = [at('A', 72, 700), { str: '', hasEOL: true }, {}, at('B', 72, 688)];
    expect(pageText(items)).toBe('A\nB');
  });

  it('gives an empty page as empty text', () => {
    expect(pageText([])).toBe('');
  });

  it('keeps every line, without paragraph breaks, when no paragraph has two lines to show the line spacing', () => {
    const items = [at('A', 72, 700), at('B', 72, 674), at('C', 72, 648)];
    expect(pageText(items)).toBe('A\nB\nC');
  });

  it('property: lines and paragraphs set as a word processor prints them come back as written', () => {
    const word = fc.constantFrom('hei', 'søknad', 'ÆØÅ', '[Navn]', '<Navn på kommune>', '(...)', 'I:', '00:12:05', '«sitat»', '–');
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    // At least one paragraph of two lines or more, so the page shows its line spacing.
    const page = fc
      .tuple(fc.array(fc.array(line, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), fc.array(line, { minLength: 2, maxLength: 4 }), fc.nat())
      .map(([others, long, at]) => others.toSpliced(at % (others.length + 1), 0, long));
    fc.assert(
      fc.property(page, fc.integer({ min: 8, max: 14 }), (paragraphs, size) => {
        // Leading 1.2 × the font size inside a paragraph, plus a blank line's worth between paragraphs.
        const items = [];
        let y = 800;
        for (const paragraph of paragraphs) {
          for (const text of paragraph) {
            items.push({ str: text, transform: [size, 0, 0, size, 72, y], width: text.length * size * 0.5, height: size, hasEOL: true });
            y -= size * 1.2;
          }
          y -= size;
        }
        expect(pageText(items)).toBe(paragraphs.map((p) => p.join('\n')).join('\n\n'));
      }),
    );
  });
});

