import { describe, expect, it } from 'vitest';
import { buildThematicReport, reportRowsFromTables, thematicReportJson } from '../../../shared/reports';
import { quote1, quote3, reportTables } from './report-fixture';

const report = () => buildThematicReport(reportRowsFromTables('Veiledning i digitale dialoger', reportTables()), 'nb');

describe('thematicReportJson', () => {
  const json = thematicReportJson(report());

  it('has exactly the documented keys, in order', () => {
    expect(Object.keys(json)).toEqual(['method', 'themes']);
    expect(json.method).toBe('thematic');
    for (const theme of json.themes) {
      expect(Object.keys(theme)).toEqual(['name', 'definition', 'codes', 'segments', 'sources', 'subthemes']);
      for (const sub of theme.subthemes) {
        expect(Object.keys(sub)).toEqual(['name', 'definition', 'quotes']);
        for (const q of sub.quotes) expect(Object.keys(q)).toEqual(['text', 'source', 'start', 'end']);
      }
    }
  });

  it('lists main themes and subthemes in order, a main theme’s codes including its subthemes’, as paths in codebook order', () => {
    expect(json.themes.map((t) => [t.name, t.codes])).toEqual([
      ['Å sette grenser', ['Grensearbeid/Tydelig', 'Grensearbeid/Uklar']],
      ['Kanalen som verktøy', ['Grensearbeid', 'Kanal']],
    ]);
    expect(json.themes[0]!.subthemes.map((s) => s.name)).toEqual(['Tydelige grenser', 'Uklare grenser']);
  });

  it('counts segments as codings of the codes and their sub-codes, each coding once, and their sources', () => {
    // "Grensearbeid" stands for its sub-codes too (k1, k2, k3), and "Kanal" adds k4 on the same passage as k3.
    expect(json.themes.map((t) => [t.segments, t.sources])).toEqual([
      [2, 2],
      [4, 2],
    ]);
  });

  it('cuts each subtheme quote from the source’s current text', () => {
    expect(json.themes[0]!.subthemes.map((s) => s.quotes)).toEqual([
      [{ text: 'Jeg svarer som regel samme dag', source: 'Intervju 1 – veileder', ...quote1 }],
      [{ text: 'hva som må tas i et møte', source: 'Intervju 2 – veileder', ...quote3 }],
    ]);
  });
});

describe('buildThematicReport', () => {
  it('keeps the main theme’s own quotes, the map’s links and the phases for the Markdown and Word reports', () => {
    const built = report();
    expect(built.themes[1]!.quotes.map((q) => q.text)).toEqual(['tekst blir fort misforstått']);
    expect(built.links).toEqual([{ from: 'Å sette grenser', to: 'Kanalen som verktøy', label: 'fører til' }]);
    expect(built.audit.steps.map((s) => s.state)).toEqual(['done', ...Array(5).fill('not-started')]);
    expect(built.audit.preliminaryThemes).toEqual([]);
  });
});
