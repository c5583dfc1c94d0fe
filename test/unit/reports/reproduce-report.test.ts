import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Coding, PublishedTable } from '../../../shared/model';
import {
  buildStcReport,
  buildThematicReport,
  publishedTableOf,
  reportDocx,
  reportMarkdown,
  reportRowsFromTables,
  stcReportJson,
  thematicReportJson,
} from '../../../shared/reports';
import { makeCode, makeCoding } from '../codebook/make-code';
import { reportTables } from './report-fixture';

// A tiny project coded from the boundary-work template in bokmål: 4 sequences (sources s1–s4).
const codes = [
  makeCode('resp', 'Respons', null, 0),
  makeCode('none', 'Ikke skriftlig svar', 'resp', 0),
  makeCode('help', 'Hjelp uten grensearbeid', 'resp', 1),
  makeCode('bw', 'Grensearbeid', 'resp', 2),
  makeCode('strat', 'Grensearbeid', null, 1),
  makeCode('clear', 'Tydelig', 'strat', 0),
  makeCode('amb', 'Tvetydig', 'strat', 1),
];
let n = 0;
const coding = (codeId: string, sourceId: string): Coding => makeCoding(`c${++n}`, codeId, sourceId, 0, 5);
const codings = [coding('none', 's1'), coding('bw', 's2'), coding('bw', 's3'), coding('bw', 's4'), coding('clear', 's2'), coding('clear', 's3'), coding('amb', 's3'), coding('amb', 's4')];
// Computed: 4 sequences, 1 no written response, 0 help, 3 boundary work, 2 clear, 2 ambiguous (2 + 2 > 3).
const published: PublishedTable = { sequences: 4, 'no-written-response': 1, 'help-without-boundary-work': 0, 'boundary-work': 5, clear: 1 };
const rows = (table?: PublishedTable) => reportRowsFromTables('Veiledning i digitale dialoger', { codes, codings }, table);

describe('the published table in the report', () => {
  it('adds Appendix C with every difference and its explanation (Markdown, bokmål)', () => {
    const md = reportMarkdown(buildStcReport(rows(published), 'nb'));
    const appendix = md.slice(md.indexOf('## Vedlegg C: Den publiserte tabellen gjenskapt'));
    expect(appendix.length).toBeLessThan(md.length);
    expect(appendix).toContain('2 rader avviker fra den publiserte tabellen.');
    expect(appendix).toContain('Ikke alle de publiserte verdiene er skrevet inn');
    expect(appendix).toContain('| Kategori | Beregnet | Publisert | Avvik | Forklaring |');
    expect(appendix).toContain('| Sekvenser | 4 | 4 | Stemmer |  |');
    expect(appendix).toContain('| Grensearbeid | 3 | 5 | \u22122 | Prosjektet har 2 sekvenser færre med denne koden enn publisert. |');
    expect(appendix).toContain('| Tydelig grensearbeid | 2 | 1 | +1 | En sekvens kan ha flere koder, så delene av «Grensearbeid» blir til sammen flere enn den: 2 + 2 \\> 3. Prosjektet har 1 sekvens mer med denne koden enn publisert. |');
    expect(appendix).toMatch(/\| Tvetydig grensearbeid \| 2 \| ikke skrevet inn \| {2}\| Ingen publisert verdi er skrevet inn\. En sekvens kan ha flere koder/);
  });

  it('writes it in nynorsk and English, in the thematic report too', () => {
    const nn = reportMarkdown(buildThematicReport(rows(published), 'nn'));
    expect(nn).toContain('## Vedlegg C: Den publiserte tabellen attskapt');
    expect(nn).toContain('| Grensearbeid | 3 | 5 | \u22122 | Prosjektet har 2 sekvensar færre med denne koden enn publisert. |');
    const en = reportMarkdown(buildThematicReport(rows({ ...published, 'boundary-work': 3, clear: 2, ambiguous: 2 }), 'en'));
    expect(en).toContain('## Appendix C: The published table reproduced');
    expect(en).toContain('The numbers match the published table.');
    expect(en).not.toContain('differs');
  });

  it('says which code is missing when the project lacks one', () => {
    const md = reportMarkdown(buildStcReport(reportRowsFromTables('P', { codes: codes.filter((c) => c.id !== 'help'), codings }, published), 'en'));
    expect(md).toContain('| Help without boundary work | not counted | 0 |  | The project has no code for “Help without boundary work” from the boundary-work codebook, so nothing is counted. |');
  });

  it('leaves the appendix out when no published value is entered', () => {
    for (const table of [undefined, {}]) {
      const report = buildStcReport(rows(table), 'nb');
      expect(reportMarkdown(report)).not.toContain('Vedlegg C');
      expect(stcReportJson(report)).not.toHaveProperty('reproduce');
    }
  });

  it('gives JSON numbers and explanation codes', () => {
    const json = thematicReportJson(buildThematicReport(rows(published), 'en'));
    expect(json.reproduce?.allMatch).toBe(false);
    expect(json.reproduce?.rows.find((r) => r.category === 'boundary-work')).toEqual({
      category: 'boundary-work',
      partOf: 'sequences',
      computed: 3,
      published: 5,
      difference: -2,
      explanations: ['fewer-coded'],
    });
    expect(json.reproduce?.rows.find((r) => r.category === 'ambiguous')?.explanations).toEqual(['not-published', 'overlap-counted-twice']);
  });

  it('puts the table in the Word file as a table', async () => {
    const bytes = await reportDocx(buildStcReport(rows(published), 'nb'));
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const after = document.slice(document.indexOf('Vedlegg C: Den publiserte tabellen gjenskapt'));
    expect(after).toContain('<w:tbl>');
    expect(after).toContain('Prosjektet har 2 sekvenser færre med denne koden enn publisert.');
  });

  it('reads the published values from a backup’s project row, leaving out what is not a count', () => {
    expect(publishedTableOf({ settings: { publishedTable: { sequences: 47, clear: '10', ambiguous: 2.5, other: 3, 'boundary-work': -1, 'no-written-response': 3 } } })).toEqual({
      sequences: 47,
      'no-written-response': 3,
    });
    expect(publishedTableOf({ settings: {} })).toBeUndefined();
    expect(publishedTableOf(null)).toBeUndefined();
    // The report fixture's project has no "Respons" code: nothing counted, and the report says why.
    const report = buildStcReport(reportRowsFromTables('P', reportTables(), { sequences: 47 }), 'en');
    expect(report.reproduce?.rows.find((r) => r.category === 'sequences')).toMatchObject({ computed: null, published: 47, explanations: ['missing-code'] });
  });
});
