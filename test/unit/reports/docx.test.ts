import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildStcReport, buildThematicReport, reportDocx, reportRowsFromTables } from '../../../shared/reports';
import { hostile, hostileQuote, quote3, reportTables } from './report-fixture';

const rows = () => reportRowsFromTables('Veiledning i digitale dialoger', reportTables());

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The Word file's paragraphs as [style, text], in document order (table cells included). */
function paragraphs(xml: string): [string, string][] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [\s\S]*?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join('');
    return [style, text];
  });
}

async function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  return { files, document: strFromU8(files['word/document.xml']!), styles: strFromU8(files['word/styles.xml']!) };
}

describe('reportDocx', () => {
  it('writes a Word file whose headings are Word headings and whose quotes are in the Quote style', async () => {
    const bytes = await reportDocx(buildStcReport(rows(), 'nb'));
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { files, document, styles } = await open(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    const ps = paragraphs(document);
    const headings = ps.filter(([style]) => /^Heading\d$/.test(style));
    expect(headings.slice(0, 6)).toEqual([
      ['Heading1', 'Resultater: systematisk tekstkondensering'],
      ['Heading2', 'Veilederne velger kanal etter sak'],
      ['Heading3', 'Å ringe i stedet'],
      ['Heading3', 'Møtet som sted'],
      ['Heading2', 'Tilgjengelighet'],
      ['Heading3', 'Samme dag'],
    ]);
    const quotes = ps.filter(([style]) => style === 'Quote').map(([, text]) => text);
    expect(quotes).toContain('hva som må tas i et møte');
    expect(quotes).toContain(`— Kilde: Intervju 2 – veileder · Taler: Kari · tegn ${quote3.start}–${quote3.end}`);
    expect(styles).toContain('w:styleId="Quote"');
  });

  it('carries researcher text as text: markup characters are escaped XML, a multi-line quote keeps its lines', async () => {
    const { document } = await open(await reportDocx(buildStcReport(rows(), 'nb')));
    expect(document).not.toContain('<script');
    const quoted = paragraphs(document)
      .filter(([style]) => style === 'Quote')
      .map(([, text]) => text);
    expect(quoted).toEqual(expect.arrayContaining(hostile.slice(hostileQuote.start, hostileQuote.end).split('\n')));
  });

  it('puts the counts appendix and the steps in Word tables with a header row', async () => {
    const { document } = await open(await reportDocx(buildStcReport(rows(), 'nb')));
    expect(document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(2);
    const cells = paragraphs(document).map(([, text]) => text);
    expect(cells).toEqual(
      expect.arrayContaining(['Kodegruppe', 'Subgruppe', 'Meningsbærende enheter', 'Kilder', 'Kanalvalg', 'Pågår']),
    );
  });

  it('writes the thematic report the same way', async () => {
    const { document } = await open(await reportDocx(buildThematicReport(rows(), 'en')));
    const ps = paragraphs(document);
    expect(ps.filter(([s]) => s === 'Heading1' || s === 'Heading2').map(([, t]) => t)).toEqual([
      'Results: reflexive thematic analysis',
      'Å sette grenser',
      'Kanalen som verktøy',
      'Appendix A: Themes and subthemes',
      'Appendix B: Audit trail',
    ]);
    expect(ps.filter(([s]) => s === 'Quote').map(([, t]) => t)).toContain('tekst blir fort misforstått');
  });
});

describe('reportDocx with text Word cannot hold', () => {
  it('drops control characters XML forbids (the docx package does), so Word opens the file, and keeps the rest of the text', async () => {
    const tables = reportTables();
    tables.subgroups = tables.subgroups!.map((s) => ({ ...s, plainText: 'Jeg\u0001 svarer\u000B raskt.' }));
    const { document } = await open(await reportDocx(buildStcReport(reportRowsFromTables('P', tables), 'nb')));
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(paragraphs(document).map(([, t]) => t)).toContain('Kondensat: Jeg svarer raskt.');
  });
});

describe('reportDocx read by another Word reader', () => {
  it('is read by mammoth as headings, block quotes (by the Quote style name) and tables, without warnings', async () => {
    const bytes = await reportDocx(buildStcReport(rows(), 'nb'));
    const { value: html, messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] },
    );
    expect(messages).toEqual([]);
    expect(html).toContain('<h1>Resultater: systematisk tekstkondensering</h1>');
    expect(html).toContain('<h2>Veilederne velger kanal etter sak</h2>');
    expect(html).toContain('<blockquote><p>hva som må tas i et møte</p>');
    expect(html.match(/<table>/g)).toHaveLength(2);
  });
});
