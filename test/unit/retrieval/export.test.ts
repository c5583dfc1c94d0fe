import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runRetrieval, segmentsToCsv, segmentsToMarkdown, type SegmentColumnLabels } from '../../../shared/retrieval';
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
};

describe('segmentsToCsv', () => {
  it('writes one row per passage with code paths; a spreadsheet reads back the same values', () => {
    const input = fixture();
    input.texts.set('s3', 'IP: Vi sa "nei, ikke her",\nmen hjalp likevel; det er vanskelig.' + ' '.repeat(40));
    const segments = runRetrieval(input, query({ codes: ['ref', 'amb'] }));
    const csv = segmentsToCsv(segments, input.codes, labels);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(rows[0]).toEqual(['Kilde', 'Start', 'Slutt', 'Avsender', 'Rolle', 'Svartid', 'Koder', 'Tekst']);
    expect(rows[1]).toEqual([
      'Dialog 1: Nødhjelp',
      String(segments[0]!.start),
      String(segments[0]!.end),
      'Veileder',
      'caseworker',
      'dagen etter',
      'Boundary work/Clear/Explicit referral',
      'Det kan jeg ikke svare på her.',
    ]);
    expect(rows[2]).toEqual(['Intervju 1', '4', '50', '', '', '', 'Boundary work/Ambiguous', segments[1]!.text]);
    expect(segments[1]!.text).toContain('"nei, ikke her",\n');
    expect(csv).toContain('"Vi sa ""nei, ikke her"",\nmen');
  });

  it('joins several code paths with "; "', () => {
    const input = fixture();
    const segments = runRetrieval(input, query({ codes: ['ref', 'clear'], operator: 'and' }));
    expect(segmentsToCsv(segments, input.codes, labels)).toContain(
      'Boundary work/Clear; Boundary work/Clear/Explicit referral',
    );
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
        '- **Rolle:** caseworker',
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
});
