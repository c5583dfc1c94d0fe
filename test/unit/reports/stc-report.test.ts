import { describe, expect, it } from 'vitest';
import { buildStcReport, reportRowsFromTables, stcReportJson } from '../../../shared/reports';
import { hostile, hostileQuote, interview1, interview2, quote1, quote2, quote3, reportTables } from './report-fixture';

const rows = () => reportRowsFromTables('Veiledning i digitale dialoger', reportTables());

describe('stcReportJson', () => {
  const json = stcReportJson(buildStcReport(rows(), 'nb'));

  it('has exactly the documented keys, in order, with counts as numbers', () => {
    expect(Object.keys(json)).toEqual(['method', 'codeGroups']);
    expect(json.method).toBe('stc');
    for (const group of json.codeGroups) {
      expect(Object.keys(group)).toEqual(['name', 'meaningUnits', 'sources', 'analyticText', 'subgroups']);
      for (const sub of group.subgroups) {
        expect(Object.keys(sub)).toEqual(['name', 'condensate', 'meaningUnits', 'goldenQuotes']);
        for (const q of sub.goldenQuotes) expect(Object.keys(q)).toEqual(['text', 'source', 'start', 'end']);
      }
    }
    // Through JSON and back: nothing but plain data.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('orders code groups and subgroups by their order and counts each meaning unit and source once', () => {
    expect(json.codeGroups.map((g) => [g.name, g.meaningUnits, g.sources])).toEqual([
      ['Kanalvalg', 3, 3],
      // mu2 sits in both groups (not yet in a subgroup here): it counts in each.
      ['Tilgjengelighet', 2, 1],
    ]);
    expect(json.codeGroups[0]!.subgroups.map((s) => [s.name, s.meaningUnits])).toEqual([
      ['Å ringe i stedet', 1],
      ['Møtet som sted', 2],
    ]);
    expect(json.codeGroups[0]!.analyticText).toBe(
      'Dialogen brukes til det enkle.\nDet vanskelige tas på telefon eller i møte.',
    );
    expect(json.codeGroups[0]!.subgroups[0]!.condensate).toBe('Når det blir vanskelig, ringer jeg heller.');
  });

  it('prints every golden quote as the current source text from start to end, in the quotes’ order', () => {
    const quotes = json.codeGroups.flatMap((g) => g.subgroups.flatMap((s) => s.goldenQuotes));
    expect(quotes).toEqual([
      { text: interview1.slice(quote2.start, quote2.end), source: 'Intervju 1 – veileder', ...quote2 },
      // Offsets into the text after the typo fix (one character shorter than the imported text).
      { text: 'hva som må tas i et møte', source: 'Intervju 2 – veileder', ...quote3 },
      { text: hostile.slice(hostileQuote.start, hostileQuote.end), source: 'Notat <b>3</b>', ...hostileQuote },
      { text: 'Jeg svarer som regel samme dag', source: 'Intervju 1 – veileder', ...quote1 },
    ]);
    expect(interview2.slice(quote3.start, quote3.end)).toBe('hva som må tas i et møte');
  });

  it('leaves out a golden quote whose source is gone instead of printing it without text', () => {
    const tables = reportTables();
    tables.sources = tables.sources!.filter((s) => (s as { id: string }).id !== 's3');
    const report = buildStcReport(reportRowsFromTables('P', tables), 'nb');
    const meeting = report.codeGroups[0]!.subgroups[1]!;
    expect(meeting.goldenQuotes.map((q) => q.source)).toEqual(['Intervju 2 – veileder']);
  });
});

describe('buildStcReport', () => {
  it('names the speaker of the turn each quote starts in, and heads a group with its analytic text’s heading', () => {
    const report = buildStcReport(rows(), 'nb');
    const [channel, access] = report.codeGroups;
    expect(channel!.heading).toBe('Veilederne velger kanal etter sak');
    expect(access!.heading).toBe('Tilgjengelighet');
    expect(channel!.subgroups[1]!.goldenQuotes.map((q) => q.speaker)).toEqual(['Kari', null]);
  });

  it('keeps an audit trail: every step’s state (absent = not started), preliminary themes in order, project memos by time', () => {
    const { audit } = buildStcReport(rows(), 'nb');
    expect(audit.steps).toEqual([
      { step: 1, state: 'done' },
      { step: 2, state: 'in-progress' },
      { step: 3, state: 'not-started' },
      { step: 4, state: 'not-started' },
    ]);
    expect(audit.preliminaryThemes.map((t) => t.name)).toEqual(['Rask respons', 'Telefon når det butter']);
    expect(audit.memos).toEqual([
      { title: '', text: 'Første lesning ferdig.' },
      { title: 'Refleksivitet', text: 'Jeg har selv jobbet som veileder.' },
    ]);
  });
});
