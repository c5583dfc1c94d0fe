import { describe, expect, it } from 'vitest';
import { buildChart, chartCsv, toSvg, type Chart, type ChartRows } from '../../../shared/charts';
import { escapeXml, num } from '../../../shared/charts/to-svg';
import { makeCode, makeCoding } from '../codebook/make-code';

const small: Chart = {
  width: 200,
  height: 100,
  title: 'Kodar & «kjelder» <2>',
  description: 'Ein stolpe for kvar kode.',
  marks: [
    {
      type: 'group',
      key: 'code:a',
      aria: 'Hjelp: 3 "kodingar"',
      marks: [
        { type: 'rect', x: 10.004, y: 20, width: 33.3333, height: 10, fill: '#0072B2', title: 'Kodingar: 3' },
        { type: 'text', x: 5, y: 28, text: 'Hjelp </text><script>', anchor: 'end' },
      ],
    },
    { type: 'line', x1: 0, y1: -0.001, x2: 200, y2: 0, stroke: '#767676' },
    { type: 'text', x: 20, y: 90, text: 'Tal', rotate: -90, size: 11 },
  ],
  legend: [{ label: 'Kodingar', color: '#0072B2' }],
  table: { columns: ['Kode', 'Kodingar'], rows: [['Hjelp', 3]] },
  empty: false,
};

describe('toSvg', () => {
  it('writes a standalone, accessible SVG with escaped text and fixed number formatting', () => {
    expect(toSvg(small)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" viewBox="0 0 200 120" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">Kodar &amp; «kjelder» &lt;2&gt;</title>
      <desc id="chart-desc">Ein stolpe for kvar kode.</desc>
      <rect x="0" y="0" width="200" height="120" fill="#FFFFFF"/>
      <g role="group" aria-label="Hjelp: 3 &quot;kodingar&quot;">
      <rect x="10" y="20" width="33.33" height="10" fill="#0072B2"><title>Kodingar: 3</title></rect>
      <text x="5" y="28" text-anchor="end" font-size="12" fill="#1A1A1A">Hjelp &lt;/text&gt;&lt;script&gt;</text>
      </g>
      <line x1="0" y1="0" x2="200" y2="0" stroke="#767676"/>
      <text x="20" y="90" font-size="11" fill="#1A1A1A" transform="rotate(-90 20 90)">Tal</text>
      <g role="list" aria-label="Kodingar">
      <g><rect x="16" y="104" width="12" height="12" fill="#0072B2" stroke="#767676"/><text x="34" y="114" font-size="12" fill="#1A1A1A">Kodingar</text></g>
      </g>
      </svg>
      "
    `);
  });

  it('writes the empty state as a title and a message', () => {
    const chart = buildChart('frequencies', { codes: [], codings: [], sources: [] }, { language: 'nb' });
    expect(toSvg(chart)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120" viewBox="0 0 640 120" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">Kodefrekvenser</title>
      <desc id="chart-desc">Ingen koder ennå: lag koder og kod litt tekst for å se dette diagrammet.</desc>
      <rect x="0" y="0" width="640" height="120" fill="#FFFFFF"/>
      <text x="16" y="28" font-size="16" font-weight="bold" fill="#1A1A1A">Kodefrekvenser</text>
      <text x="16" y="64" font-size="13" fill="#595959">Ingen koder ennå: lag koder og kod litt tekst for å se dette diagrammet.</text>
      </svg>
      "
    `);
  });

  it('numbers: two decimals at most, never -0, NaN or Infinity', () => {
    expect([num(1 / 3), num(-0.001), num(2.5), num(Number.NaN), num(Infinity), num(1e-7)]).toEqual(['0.33', '0', '2.5', '0', '0', '0']);
  });

  it('drops characters XML cannot hold instead of writing a file no viewer opens', () => {
    expect(escapeXml('a\u0000b\u001Fc\td')).toBe('abc\td');
  });

  it('gives the same bytes for the same data, whatever order the rows come in', () => {
    const codes = [makeCode('a', 'Hjelp', null, 0), makeCode('b', 'Avslag', null, 1), makeCode('c', 'Delvis', 'a', 0)];
    const codings = [makeCoding('1', 'a', 's1', 0, 10), makeCoding('2', 'b', 's1', 5, 12), makeCoding('3', 'c', 's2', 0, 3), makeCoding('4', 'b', 's2', 1, 2)];
    const sources = [
      { id: 's1', title: 'Tråd 1', order: 0 },
      { id: 's2', title: 'Tråd 2', order: 1 },
    ];
    const rows: ChartRows = { codes, codings, sources };
    const shuffled: ChartRows = { codes: [...codes].reverse(), codings: [...codings].reverse(), sources: [...sources].reverse() };
    for (const kind of ['frequencies', 'cooccurrence', 'matrix'] as const) {
      for (const language of ['nb', 'nn', 'en'] as const) {
        const first = buildChart(kind, rows, { language });
        const second = buildChart(kind, structuredClone(shuffled), { language });
        expect(toSvg(second)).toBe(toSvg(first));
        expect(chartCsv(second.table, ',')).toBe(chartCsv(first.table, ','));
      }
    }
  });
});

describe('chartCsv', () => {
  it('neutralises titles that would run as formulas and quotes separators', () => {
    const csv = chartCsv(
      { columns: ['Kilde', 'Totalt'], rows: [['=HYPERLINK("http://x")', 2], ['-Ja; takk', 1], ['+47 99', 0], ['@SUM(A1)', 3], ['Vanleg', 4]] },
      ';',
    );
    expect(csv).toBe(
      '\uFEFFKilde;Totalt\r\n"\'=HYPERLINK(""http://x"")";2\r\n"\'-Ja; takk";1\r\n\'+47 99;0\r\n\'@SUM(A1);3\r\nVanleg;4\r\n',
    );
  });
});

describe('opacity on marks', () => {
  it('is written as fill-opacity on filled shapes and stroke-opacity on lines and unfilled paths', () => {
    const svg = toSvg({
      width: 100,
      height: 100,
      title: 'Gjennomsiktig',
      description: 'Prøve',
      legend: [],
      table: { columns: [], rows: [] },
      empty: false,
      marks: [
        { type: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#000', opacity: 0.5 },
        { type: 'line', x1: 0, y1: 0, x2: 10, y2: 10, stroke: '#000', opacity: 0.25 },
        { type: 'path', d: 'M0,0L1,1', fill: 'none', stroke: '#000', opacity: 0.4 },
        { type: 'path', d: 'M0,0L1,1Z', fill: '#000', opacity: 0.3 },
        { type: 'circle', cx: 5, cy: 5, r: 2, fill: '#000', opacity: 0.2 },
        { type: 'circle', cx: 5, cy: 5, r: 2, fill: '#000' },
      ],
    });
    expect(svg).toContain('<rect x="0" y="0" width="10" height="10" fill="#000" fill-opacity="0.5"/>');
    expect(svg).toContain('<line x1="0" y1="0" x2="10" y2="10" stroke="#000" stroke-opacity="0.25"/>');
    expect(svg).toContain('<path d="M0,0L1,1" fill="none" stroke="#000" stroke-opacity="0.4"/>');
    expect(svg).toContain('<path d="M0,0L1,1Z" fill="#000" fill-opacity="0.3"/>');
    expect(svg).toContain('<circle cx="5" cy="5" r="2" fill="#000" fill-opacity="0.2"/>');
    expect(svg).toContain('<circle cx="5" cy="5" r="2" fill="#000"/>');
  });
});
