import { describe, expect, it } from 'vitest';
import {
  buildChart,
  buildFilteredChart,
  chartFilterLabel,
  filterChartRows,
  toSvg,
  withFilterLabel,
  type ChartRows,
  type Mark,
} from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

// Two dialogue threads (Målform bokmål / nynorsk) and one interview without messages or attributes.
const rows: ChartRows = {
  codes: [makeCode('clear', 'Tydelig'), makeCode('help', 'Hjelp')],
  sources: [
    { id: 's1', title: 'Dialog 1: Husleie', order: 0, attributes: { malform: 'bokmål' } },
    { id: 's2', title: 'Dialog 2: Strøm', order: 1, attributes: { malform: 'nynorsk' } },
    { id: 's3', title: 'Intervju med Kari Nordmann', order: 2 },
  ],
  messages: [
    { sourceId: 's1', start: 0, end: 50, role: 'user', order: 0 },
    { sourceId: 's1', start: 50, end: 100, role: 'caseworker', order: 1, delay: { phrase: 'dagen etter', minHours: 12, maxHours: 36 } },
    { sourceId: 's2', start: 0, end: 40, role: 'user', order: 0 },
    { sourceId: 's2', start: 40, end: 90, role: 'caseworker', order: 1, delay: { phrase: 'tre dager etter', minHours: 60, maxHours: 84 } },
  ],
  codings: [
    makeCoding('c1', 'help', 's1', 10, 20, 'kari'), // in the user's message
    makeCoding('c2', 'clear', 's1', 55, 70, 'kari'), // in the caseworker's reply
    makeCoding('c3', 'clear', 's1', 45, 60, 'ola'), // starts in the user's message, reaches the reply
    makeCoding('c4', 'clear', 's2', 45, 80, 'ola'), // caseworker, nynorsk
    makeCoding('c5', 'help', 's3', 0, 30, 'kari'), // interview: no messages
  ],
  attributes: [{ id: 'malform', name: 'Målform' }],
  coders: [
    { id: 'kari', name: 'Kari Nordmann' },
    { id: 'ola', name: 'Ola Hansen' },
  ],
};
const ids = (r: ChartRows) => r.codings.map((c) => c.id);

describe('filterChartRows (the retrieval filters on chart rows)', () => {
  it('keeps every row when nothing is filtered, also with empty lists', () => {
    expect(filterChartRows(rows, {})).toBe(rows);
    expect(filterChartRows(rows, { roles: [], coderIds: [], attributes: { malform: [] } })).toBe(rows);
  });

  it('keeps a coding by the role of the message it starts in, like retrieval', () => {
    const caseworker = filterChartRows(rows, { roles: ['caseworker'] });
    // c3 reaches the reply but starts in the user's message; the interview has no messages.
    expect(ids(caseworker)).toEqual(['c2', 'c4']);
    expect(caseworker.messages?.every((m) => m.role === 'caseworker')).toBe(true);
    expect(ids(filterChartRows(rows, { roles: ['user'] }))).toEqual(['c1', 'c3']);
    expect(ids(filterChartRows(rows, { roles: ['user', 'caseworker'] }))).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('keeps only the chosen coders’ codings', () => {
    expect(ids(filterChartRows(rows, { coderIds: ['ola'] }))).toEqual(['c3', 'c4']);
  });

  it('keeps only sources with the attribute value, and drops the others from the chart', () => {
    const nynorsk = filterChartRows(rows, { attributes: { malform: ['nynorsk'] } });
    expect(nynorsk.sources.map((s) => s.id)).toEqual(['s2']);
    expect(ids(nynorsk)).toEqual(['c4']);
    expect(nynorsk.messages?.every((m) => m.sourceId === 's2')).toBe(true);
    // A source without the attribute never passes it.
    expect(filterChartRows(rows, { attributes: { malform: ['bokmål', 'nynorsk'] } }).sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('combines filters: all must pass', () => {
    expect(ids(filterChartRows(rows, { roles: ['caseworker'], coderIds: ['kari'] }))).toEqual(['c2']);
    expect(ids(filterChartRows(rows, { roles: ['caseworker'], attributes: { malform: ['bokmål'] } }))).toEqual(['c2']);
  });

  it('filters by reply delay as retrieval does (over the deadline)', () => {
    expect(ids(filterChartRows({ ...rows, deadlineHours: 48 }, { delay: { overDeadline: true } }))).toEqual(['c4']);
  });

  it('changes what the chart counts: a matrix of only the caseworkers’ codings', () => {
    const all = buildChart('matrix', rows, { language: 'nb' });
    const filtered = buildChart('matrix', filterChartRows(rows, { roles: ['caseworker'] }), { language: 'nb' });
    const total = (table: typeof all.table) => table.rows.reduce((sum, row) => sum + Number(row[row.length - 1]), 0);
    expect(total(all.table)).toBe(5);
    expect(total(filtered.table)).toBe(2);
  });
});

describe('chartFilterLabel and withFilterLabel', () => {
  it('says nothing when nothing is filtered', () => {
    expect(chartFilterLabel({}, rows, 'nb')).toBeNull();
    const chart = buildChart('frequencies', rows, { language: 'nb' });
    expect(withFilterLabel(chart, null)).toBe(chart);
  });

  it('names the role, coder and attribute in each language', () => {
    const filters = { roles: ['caseworker' as const], coderIds: ['kari'], attributes: { malform: ['bokmål', 'nynorsk'] } };
    expect(chartFilterLabel(filters, rows, 'nb')).toBe('filtrert: rolle = Veileder; kodet av Kari Nordmann; Målform = bokmål eller nynorsk');
    expect(chartFilterLabel(filters, rows, 'nn')).toBe('filtrert: rolle = Rettleiar; koda av Kari Nordmann; Målform = bokmål eller nynorsk');
    expect(chartFilterLabel(filters, rows, 'en')).toBe('filtered: role = Caseworker; coded by Kari Nordmann; Målform = bokmål or nynorsk');
  });

  it('puts the filter in the drawn title, the SVG title and the description', () => {
    const filters = { roles: ['caseworker' as const] };
    for (const kind of ['frequencies', 'cooccurrence', 'matrix'] as const) {
      const chart = withFilterLabel(buildChart(kind, filterChartRows(rows, filters), { language: 'nb' }), chartFilterLabel(filters, rows, 'nb'));
      expect(chart.title).toMatch(/\(filtrert: rolle = Veileder\)$/);
      expect(chart.description).toContain('(filtrert: rolle = Veileder)');
      const drawn = chart.marks.filter((m): m is Extract<Mark, { type: 'text' }> => m.type === 'text' && m.text.includes('filtrert'));
      expect(drawn).toHaveLength(1);
      expect(toSvg(chart)).toContain('<title id="chart-title">' + chart.title.replace(/&/g, '&amp;') + '</title>');
    }
  });

  it('says the chart is filtered even when the filter leaves nothing to draw', () => {
    const filters = { roles: ['moderator' as const] };
    const chart = withFilterLabel(buildChart('frequencies', filterChartRows(rows, filters), { language: 'en' }), chartFilterLabel(filters, rows, 'en'));
    expect(chart.empty).toBe(true);
    expect(chart.title).toBe('Code frequencies (filtered: role = Moderator)');
    expect(chart.marks.some((m) => m.type === 'text' && m.text === chart.title)).toBe(true);
  });
});

describe('buildFilteredChart', () => {
  it('says no coding passes the filters rather than that nothing is coded', () => {
    const chart = buildFilteredChart('matrix', rows, { roles: ['moderator'] }, { language: 'nn' });
    expect(chart.empty).toBe(true);
    expect(chart.description).toBe('Ingen koding passar filtera: vel andre filter for å sjå dette diagrammet. (filtrert: rolle = Moderator)');
    expect(buildFilteredChart('matrix', { ...rows, codings: [] }, { roles: ['moderator'] }, { language: 'nn' }).description).toMatch(/^Ingenting er koda/);
  });

  it('leaves the STC flow unfiltered and unlabelled: the filters do not reach meaning units', () => {
    const plain = buildChart('stc-flow', rows, { language: 'nb' });
    expect(buildFilteredChart('stc-flow', rows, { roles: ['caseworker'] }, { language: 'nb' })).toEqual(plain);
  });
});

describe('marks that open segments', () => {
  const hrefs = (marks: Mark[]): string[] => marks.flatMap((m) => (m.type === 'group' ? [...(m.href ? [m.href] : []), ...hrefs(m.marks)] : []));

  it('a matrix cell opens its code in its source, and the SVG file does not carry the link', () => {
    const chart = buildChart('matrix', rows, { language: 'nb' });
    const links = hrefs(chart.marks);
    // One per non-zero cell: s1 × clear, s1 × help, s2 × clear, s3 × help.
    expect(links).toHaveLength(4);
    expect(links).toContain('#/analysis/segments?codes=clear&sources=s1&descendants=0');
    expect(toSvg(chart)).not.toContain('segments');
  });

  it('a co-occurrence cell opens the row code overlapping the column code; other modes open nothing', () => {
    const overlap = hrefs(buildChart('cooccurrence', rows, { language: 'nb', cooccurrence: 'overlap' }).marks);
    expect(overlap).toContain('#/analysis/segments?codes=clear&descendants=0');
    expect(hrefs(buildChart('cooccurrence', rows, { language: 'nb', cooccurrence: 'source' }).marks)).toEqual([]);
  });

  it('a filtered chart’s cells open only the passages that passed its filters', () => {
    const links = hrefs(buildFilteredChart('matrix', rows, { roles: ['caseworker'] }, { language: 'nb' }).marks);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/&roles=caseworker$/);
  });
});
