import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runRetrieval, segmentsToCsv, segmentsToMarkdown, type SegmentColumnLabels } from '../../../shared/retrieval';
import { neutraliseFormula, spreadsheetCsv } from '../../../shared/retrieval/csv-unparse';
import { fixture, query } from './fixture';

const labels: SegmentColumnLabels = {
  source: 'Kilde',
  start: 'Start',
  end: 'Slutt',
  speaker: 'Avsender',
  role: 'Rolle',
  delay: 'Svartid',
  codes: 'Koder',
  text: 'Tekst',
  title: 'Gjenfinning',
  roles: {
    user: 'Bruker / klient',
    caseworker: 'Veileder',
    interviewer: 'Intervjuer',
    participant: 'Deltaker',
    moderator: 'Ordstyrer',
    unknown: 'Ukjent',
  },
  duration: (hours) => `${String(hours).replace('.', ',')} timer`,
};

const bom = '\uFEFF';

/** The CSV as a spreadsheet reads it (BOM dropped, as Excel does). */
function readCsv(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith(bom)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter }).data;
}

describe('segmentsToCsv', () => {
  it('writes one row per passage with code paths and the role in the user’s language; a spreadsheet reads back the same values', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: Vi sa "nei, ikke her",\nmen hjalp likevel; det er vanskelig.' + ' '.repeat(40));
    const segments = runRetrieval(input, query({ codes: ['ref', 'amb'] }));
    const csv = segmentsToCsv(segments, input.codes, labels, ';');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv, ';');
    expect(rows[0]).toEqual(['Kilde', 'Start', 'Slutt', 'Avsender', 'Rolle', 'Svartid', 'Koder', 'Tekst']);
    expect(rows[1]).toEqual([
      'Dialog 1: Nødhjelp',
      String(segments[0]!.start),
      String(segments[0]!.end),
      'Veileder',
      'Veileder',
      'dagen etter',
      'Boundary work/Clear/Explicit referral',
      'Det kan jeg ikke svare på her.',
    ]);
    expect(rows[2]).toEqual(['Intervju 1', '4', '50', '', '', '', 'Boundary work/Ambiguous', segments[1]!.text]);
    expect(segments[1]!.text).toContain('"nei, ikke her",\n');
    // The semicolon inside the passage is quoted, so it does not split the cell.
    expect(csv).toContain('"Vi sa ""nei, ikke her"",\nmen hjalp likevel; det "');
    expect(csv).not.toContain('caseworker');
  });

  it('separates fields with ";" for Norwegian spreadsheets and "," when asked', () => {
    const input = fixture();
    const segments = runRetrieval(input, query({ codes: ['ref'] }));
    expect(segmentsToCsv(segments, input.codes, labels, ';').split('\r\n')[0]).toBe(`${bom}Kilde;Start;Slutt;Avsender;Rolle;Svartid;Koder;Tekst`);
    expect(segmentsToCsv(segments, input.codes, labels, ',').split('\r\n')[0]).toBe(`${bom}Kilde,Start,Slutt,Avsender,Rolle,Svartid,Koder,Tekst`);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads æ, ø and å', () => {
    const input = fixture();
    const csv = segmentsToCsv(runRetrieval(input, query({ codes: ['ref'] })), input.codes, labels, ';');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Nødhjelp');
  });

  it('writes a delay worked out from timestamps as a duration, in the user’s words', () => {
    const input = fixture();
    input.messages = input.messages.map((m) => (m.id === 'm2' ? { ...m, delay: { phrase: '', minHours: 19.1, maxHours: 19.1 } } : m));
    const rows = readCsv(segmentsToCsv(runRetrieval(input, query({ codes: ['ref'] })), input.codes, labels, ';'), ';');
    expect(rows[1]![5]).toBe('19,1 timer');
  });

  it('joins several code paths with "; "', () => {
    const input = fixture();
    const segments = runRetrieval(input, query({ codes: ['ref', 'clear'], operator: 'and' }));
    expect(segmentsToCsv(segments, input.codes, labels)).toContain('Boundary work/Clear; Boundary work/Clear/Explicit referral');
  });

  it('neutralises a passage a spreadsheet would run as a formula, a quote starting with "-" included (OWASP)', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: =HYPERLINK("http://x.invalid","klikk") og mer tekst som fyller opp plassen her' + ' '.repeat(10));
    input.sources = input.sources.map((s) => (s.id === 's3' ? { ...s, title: '@SUM(A1)' } : s));
    const rows = readCsv(segmentsToCsv(runRetrieval(input, query({ codes: ['amb'] })), input.codes, labels, ';'), ';');
    expect(rows[1]![0]).toBe("'@SUM(A1)");
    expect(rows[1]![7]!.startsWith("'=HYPERLINK(")).toBe(true);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['- Ja, men det er ikke vårt bord.', "'- Ja, men det er ikke vårt bord."],
    ['@veileder', "'@veileder"],
    ['\tinnrykk', "'\tinnrykk"],
    ['\rlinje', "'\rlinje"],
  ])('prefixes %j with an apostrophe', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it.each(['Det kan jeg ikke svare på her.', 'Svar: =ja', '', "'allerede trygg", '1-2 dager', '«- sitat»'])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('applies to every cell, headings included', () => {
    expect(spreadsheetCsv([['=Kilde', 'ok'], ['-1', '+']], ',')).toBe(`${bom}'=Kilde,ok\r\n'-1,'+\r\n`);
  });
});

describe('segmentsToMarkdown', () => {
  it('gives a heading per passage, the message facts as labelled lines and the passage quoted in context', () => {
    const input = fixture();
    const segments = runRetrieval(input, query({ codes: ['ref'] }));
    const md = segmentsToMarkdown(segments, input.codes, labels);
    const { start, end } = segments[0]!;
    expect(md).toBe(
      [
        '# Gjenfinning',
        '',
        `## Dialog 1: Nødhjelp, ${start}–${end}`,
        '',
        '- **Avsender:** Veileder',
        '- **Rolle:** Veileder',
        '- **Svartid:** dagen etter',
        '- **Koder:** Boundary work/Clear/Explicit referral',
        '',
        '> [Bruker: Kan jeg få nødhjelp til mat? Veileder: (dagen etter)] Det kan jeg ikke svare på her. [Søk her: https://nav.no/sok]',
        '',
      ].join('\n'),
    );
  });

  it('keeps line breaks of a passage inside the quote', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: første linje\n\nandre linje' + ' '.repeat(50));
    const md = segmentsToMarkdown(runRetrieval(input, query({ codes: ['amb'] })), input.codes, labels);
    expect(md).toContain('> [IP:] første linje\n>\n> andre linje');
  });

  it('carries no raw HTML from a source: "<" is escaped, so a script or a tag shows as text', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: <script>alert(1)</script> og <img src=x onerror=alert(2)> her' + ' '.repeat(40));
    input.sources = input.sources.map((s) => (s.id === 's3' ? { ...s, title: 'Intervju <b>1</b>' } : s));
    const md = segmentsToMarkdown(runRetrieval(input, query({ codes: ['amb'] })), input.codes, labels);
    expect(md).not.toMatch(/<(script|img|b)\b/);
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('## Intervju &lt;b>1&lt;/b>');
  });

  it('keeps a quote starting with "-" or "=" as it is (the apostrophe is only for spreadsheets)', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: - Ja, men =SUM er ikke noe for oss her i det hele tatt.' + ' '.repeat(10));
    const segments = runRetrieval(input, query({ codes: ['amb'] }));
    const md = segmentsToMarkdown(segments, input.codes, labels);
    expect(segments[0]!.text.startsWith('- Ja')).toBe(true);
    expect(md).toContain('- Ja, men =SUM');
    expect(md).not.toContain("'- Ja");
  });
});
