import { describe, expect, it } from 'vitest';
import {
  buildStcReport,
  buildThematicReport,
  reportRowsFromTables,
  stcReportMarkdown,
  thematicReportMarkdown,
} from '../../../shared/reports';
import { escapeLineStart } from '../../../shared/reports/markdown-escape';
import { quote3, reportTables } from './report-fixture';

const rows = () => reportRowsFromTables('Veiledning i digitale dialoger', reportTables());

describe('stcReportMarkdown', () => {
  const md = stcReportMarkdown(buildStcReport(rows(), 'nb'));

  it('gives one heading per code group (the analytic text’s heading) and one per subgroup, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Resultater: systematisk tekstkondensering',
      '## Veilederne velger kanal etter sak',
      '### Å ringe i stedet',
      '### Møtet som sted',
      '## Tilgjengelighet',
      '### Samme dag',
      '## Vedlegg A: Kodegrupper og subgrupper',
      '## Vedlegg B: Revisjonsspor',
      '### Trinnene',
      '### Foreløpige temaer (trinn 1)',
      '### Prosjektnotater',
    ]);
  });

  it('prints golden quotes as block quotes with source title, speaker and offsets', () => {
    expect(md).toContain(
      `> hva som må tas i et møte\n>\n> — Kilde: Intervju 2 – veileder · Taler: Kari · tegn ${quote3.start}–${quote3.end}`,
    );
    expect(md).toContain('**Kondensat:** Når det blir vanskelig, ringer jeg heller.');
  });

  it('says under each code group how much of the material it rests on', () => {
    expect(md).toContain('## Veilederne velger kanal etter sak\n\nMeningsbærende enheter: 3, fra 3 av 3 kilder\n');
    expect(md).toContain('## Tilgjengelighet\n\nMeningsbærende enheter: 2, fra 1 av 3 kilder\n');
  });

  it('has the counts table and the audit trail with states, preliminary themes and project memos', () => {
    expect(md).toContain(
      '| Kodegruppe | Subgruppe | Meningsbærende enheter | Kilder |\n| --- | --- | ---: | ---: |\n| Kanalvalg |  | 3 | 3 |\n|  | Å ringe i stedet | 1 | 1 |',
    );
    expect(md).toContain('| 2. Meningsbærende enheter: fra temaer til koder | Pågår |');
    expect(md).toContain('| 4. Sammenfatning: fra kondensering til beskrivelser og begreper | Ikke startet |');
    expect(md).toContain('- **Rask respons:** Svar samme dag.');
    expect(md).toContain('**Uten tittel:** Første lesning ferdig.');
    expect(md).not.toContain('Hører ikke til revisjonssporet');
  });

  it('lets no researcher text through as HTML or markup', () => {
    // The quote and the source title hold <script>, <b>, &, *, [..](..), |, # and a numbered line.
    expect(md).not.toMatch(/(?<!\\)<[a-z/]/i);
    expect(md).toContain(
      '> \\<script\\>alert(1)\\</script\\> \\& \\*viktig\\* \\[lenke\\](http://x) \\| \\# nei\n>\n> 1\\. ikke liste\n',
    );
    expect(md).toContain('Kilde: Notat \\<b\\>3\\</b\\>');
  });

  it('writes the same report in nynorsk and English', () => {
    const nn = stcReportMarkdown(buildStcReport(rows(), 'nn'));
    expect(nn).toContain('# Resultat: systematisk tekstkondensering');
    expect(nn).toContain(`— Kjelde: Intervju 2 – veileder · Talar: Kari · teikn ${quote3.start}–${quote3.end}`);
    const en = stcReportMarkdown(buildStcReport(rows(), 'en'));
    expect(en).toContain(`— Source: Intervju 2 – veileder · Speaker: Kari · characters ${quote3.start}–${quote3.end}`);
    expect(en).toContain('## Appendix B: Audit trail');
  });
});

describe('escapeLineStart', () => {
  it.each([
    ['# Overskrift', '\\# Overskrift'],
    ['- punkt', '\\- punkt'],
    ['+ punkt', '\\+ punkt'],
    ['1. punkt', '1\\. punkt'],
    ['12) punkt', '12\\) punkt'],
    ['> sitat', '\\> sitat'],
    ['    kodeblokk', 'kodeblokk'],
    ['===', '\\==='],
    ['`kode` og _kursiv_ og ~~strek~~', '\\`kode\\` og \\_kursiv\\_ og \\~\\~strek\\~\\~'],
    ['&amp; <br> ![bilde](x)', '\\&amp; \\<br\\> !\\[bilde\\](x)'],
    ['a\\b', 'a\\\\b'],
  ])('%s', (input, expected) => {
    expect(escapeLineStart(input)).toBe(expected);
  });
});

describe('thematicReportMarkdown', () => {
  const md = thematicReportMarkdown(buildThematicReport(rows(), 'nb'));

  it('gives one heading per theme and subtheme, with definition, codes and quotes', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 5)).toEqual([
      '# Resultater: refleksiv tematisk analyse',
      '## Å sette grenser',
      '### Tydelige grenser',
      '### Uklare grenser',
      '## Kanalen som verktøy',
    ]);
    expect(md).toContain('## Kanalen som verktøy\n\nKodede utdrag: 4, fra 2 av 3 kilder\n');
    expect(md).toContain('**Definisjon:** Når grensen sies rett ut.');
    expect(md).toContain('**Koder:** Grensearbeid/Tydelig, Grensearbeid/Uklar');
    expect(md).toContain('> tekst blir fort misforstått\n>\n> — Kilde: Intervju 1 – veileder · Taler: Kari · tegn');
    expect(md).toContain('| Å sette grenser |  | 2 | 2 | 2 |');
    expect(md).toContain('- Å sette grenser → Kanalen som verktøy (fører til)');
    expect(md).toContain('| 1. Bli kjent med materialet | Ferdig |');
  });
});
