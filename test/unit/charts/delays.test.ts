import { describe, expect, it } from 'vitest';
import { buildChart, delaysChart, replyDelays, toSvg, type ChartRows, type Mark } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

const codes = [
  makeCode('resp', 'Respons', null, 0),
  makeCode('help', 'Hjelp uten grensearbeid', 'resp', 0),
  makeCode('bw', 'Grensearbeid', 'resp', 1),
  makeCode('strat', 'Grensearbeid', null, 1),
  makeCode('clear', 'Tydelig', 'strat', 0),
  makeCode('amb', 'Tvetydig', 'strat', 1),
  makeCode('amb-1', 'Henvise videre', 'amb', 0),
  makeCode('other', 'Bolig', null, 2),
];
const sources = [
  { id: 's1', title: 'Dialog 1: Husleie', order: 0 },
  { id: 's2', title: 'Dialog 2: Strøm', order: 1 },
];
const delay = (phrase: string, minHours: number, maxHours: number) => ({ phrase, minHours, maxHours });
const messages: NonNullable<ChartRows['messages']> = [
  { sourceId: 's1', order: 0, start: 0, end: 10, role: 'user', delay: null },
  { sourceId: 's1', order: 1, start: 10, end: 30, role: 'caseworker', delay: delay('dagen etter', 24, 24) },
  // A user's delay is not a caseworker's reply.
  { sourceId: 's1', order: 2, start: 30, end: 40, role: 'user', delay: delay('tre dager etter', 72, 72) },
  { sourceId: 's1', order: 3, start: 40, end: 60, role: 'caseworker', delay: delay('tre dager etter', 72, 72) },
  { sourceId: 's2', order: 0, start: 0, end: 10, role: 'caseworker', delay: delay('samme uke', 0, 168) },
  { sourceId: 's2', order: 1, start: 10, end: 20, role: 'caseworker', delay: delay('to timer senere', 2, 2) },
  // A phrase the importer did not understand has no hours.
  { sourceId: 's2', order: 2, start: 20, end: 30, role: 'caseworker', delay: { phrase: 'etter en stund', minHours: null, maxHours: null } },
];
const codings = [
  makeCoding('1', 'bw', 's1', 0, 60),
  // An excerpt inside reply 2 (overlapping it), coded with a sub-code of "ambiguous".
  makeCoding('2', 'amb-1', 's1', 45, 50),
  makeCoding('3', 'clear', 's1', 12, 15),
  makeCoding('4', 'help', 's2', 0, 5),
  makeCoding('5', 'other', 's2', 12, 14),
];
const rows: ChartRows = { codes, codings, sources, messages };
const flat = (marks: Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.marks)] : [m]));

describe('reply delays by strategy', () => {
  it('puts each caseworker reply under the strategies coded on or overlapping it, judged against the deadline', () => {
    const data = replyDelays(rows);
    expect(data.deadlineHours).toBe(48);
    expect(data.rows.map((r) => [r.strategy, r.delays.map((d) => `${d.sourceId}#${d.message}`), r.within, r.over, r.uncertain])).toEqual([
      ['help-without-boundary-work', ['s2#1'], 0, 0, 1],
      ['boundary-work', ['s1#2', 's1#4'], 1, 1, 0],
      ['clear', ['s1#2'], 1, 0, 0],
      ['ambiguous', ['s1#4'], 0, 1, 0],
      ['none', ['s2#2'], 1, 0, 0],
    ]);
  });

  it('uses the project’s deadline', () => {
    const data = replyDelays({ ...rows, deadlineHours: 72 });
    expect(data.rows.find((r) => r.strategy === 'ambiguous')).toMatchObject({ within: 1, over: 0 });
    expect(toSvg(delaysChart(data, 'en'))).toContain('Deadline 72 h');
  });

  it('draws a dot for an exact delay, a bar for a range, the deadline as a line and counts per row', () => {
    const chart = delaysChart(replyDelays(rows), 'nb');
    const groups = flat(chart.marks).filter((m): m is Extract<Mark, { type: 'group' }> => m.type === 'group');
    expect(groups.map((g) => g.key)).toEqual(['strategy:help-without-boundary-work', 'strategy:boundary-work', 'strategy:clear', 'strategy:ambiguous', 'strategy:none']);
    expect(groups[1]!.aria).toBe('Grensearbeid: innen 1 · over 1 · usikker 0');
    expect(groups[0]!.marks.filter((m) => m.type === 'rect')).toHaveLength(1);
    expect(groups[1]!.marks.filter((m) => m.type === 'circle')).toHaveLength(2);
    const deadline = chart.marks.find((m) => m.type === 'line' && m.title === 'Frist 48 t') as Extract<Mark, { type: 'line' }>;
    const dot = (i: number) => groups[1]!.marks.filter((m) => m.type === 'circle')[i] as Extract<Mark, { type: 'circle' }>;
    // 24 h is left of the deadline, 72 h right of it.
    expect(dot(0).cx).toBeLessThan(deadline.x1);
    expect(dot(1).cx).toBeGreaterThan(deadline.x1);
    expect(chart.table.rows).toContainEqual(['Tvetydig', 'Dialog 1: Husleie', 4, 'tre dager etter', 72, 72, 'Over fristen']);
  });

  it('says so when no caseworker reply has a delay', () => {
    const chart = buildChart('delays', { ...rows, messages: messages.map((m) => ({ ...m, delay: null })) }, { language: 'nn' });
    expect(chart.empty).toBe(true);
    expect(chart.description).toMatch(/Ingen svar frå rettleiar har svartid enno/);
    expect(buildChart('delays', { codes, codings, sources }, { language: 'en' }).empty).toBe(true);
  });

  it('writes a tiny case as SVG', () => {
    const tiny = delaysChart(
      {
        deadlineHours: 48,
        rows: [
          {
            strategy: 'clear',
            within: 1,
            over: 0,
            uncertain: 1,
            delays: [
              { sourceId: 's', sourceTitle: 'Dialog 1', message: 2, phrase: 'dagen etter', minHours: 24, maxHours: 24, status: 'within' },
              { sourceId: 's', sourceTitle: 'Dialog 1', message: 4, phrase: 'samme uke', minHours: 0, maxHours: 168, status: 'uncertain' },
            ],
          },
        ],
      },
      'en',
    );
    expect(toSvg(tiny)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="760" height="176" viewBox="0 0 760 176" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">Reply delays by response strategy</title>
      <desc id="chart-desc">Caseworkers’ reply delays in hours for 2 replies, by the response strategy coded on the reply. A dot is an exact delay, a bar a range such as “the same day”. The line is the answer deadline of 48 hours.</desc>
      <rect x="0" y="0" width="760" height="176" fill="#FFFFFF"/>
      <text x="16" y="28" font-size="16" font-weight="bold" fill="#1A1A1A">Reply delays by response strategy</text>
      <line x1="210" y1="60" x2="210" y2="108" stroke="#E0E0E0"/>
      <text x="210" y="124" text-anchor="middle" font-size="11" fill="#595959">0</text>
      <line x1="249.33" y1="60" x2="249.33" y2="108" stroke="#E0E0E0"/>
      <text x="249.33" y="124" text-anchor="middle" font-size="11" fill="#595959">20</text>
      <line x1="288.67" y1="60" x2="288.67" y2="108" stroke="#E0E0E0"/>
      <text x="288.67" y="124" text-anchor="middle" font-size="11" fill="#595959">40</text>
      <line x1="328" y1="60" x2="328" y2="108" stroke="#E0E0E0"/>
      <text x="328" y="124" text-anchor="middle" font-size="11" fill="#595959">60</text>
      <line x1="367.33" y1="60" x2="367.33" y2="108" stroke="#E0E0E0"/>
      <text x="367.33" y="124" text-anchor="middle" font-size="11" fill="#595959">80</text>
      <line x1="406.67" y1="60" x2="406.67" y2="108" stroke="#E0E0E0"/>
      <text x="406.67" y="124" text-anchor="middle" font-size="11" fill="#595959">100</text>
      <line x1="446" y1="60" x2="446" y2="108" stroke="#E0E0E0"/>
      <text x="446" y="124" text-anchor="middle" font-size="11" fill="#595959">120</text>
      <line x1="485.33" y1="60" x2="485.33" y2="108" stroke="#E0E0E0"/>
      <text x="485.33" y="124" text-anchor="middle" font-size="11" fill="#595959">140</text>
      <line x1="524.67" y1="60" x2="524.67" y2="108" stroke="#E0E0E0"/>
      <text x="524.67" y="124" text-anchor="middle" font-size="11" fill="#595959">160</text>
      <line x1="564" y1="60" x2="564" y2="108" stroke="#E0E0E0"/>
      <text x="564" y="124" text-anchor="middle" font-size="11" fill="#595959">180</text>
      <text x="387" y="148" text-anchor="middle" font-size="12" fill="#1A1A1A">Reply delay (hours)</text>
      <line x1="304.4" y1="52" x2="304.4" y2="108" stroke="#000000" stroke-width="2"><title>Deadline 48 h</title></line>
      <text x="304.4" y="48" text-anchor="middle" font-size="11" fill="#1A1A1A">Deadline 48 h</text>
      <g role="group" aria-label="Clear: within 1 · over 0 · either 1">
      <text x="16" y="90" font-size="12" font-weight="bold" fill="#1A1A1A">Clear</text>
      <circle cx="257.2" cy="78" r="4" fill="#009E73" stroke="#FFFFFF"><title>Dialog 1, message 2: “dagen etter” (Within the deadline)</title></circle>
      <rect x="210" y="80" width="330.4" height="4" fill="#56B4E9"><title>Dialog 1, message 4: “samme uke” (Either side of the deadline)</title></rect>
      <text x="572" y="90" font-size="11" fill="#595959">within 1 · over 0 · either 1</text>
      </g>
      <line x1="210" y1="60" x2="210" y2="108" stroke="#767676"/>
      <g role="list" aria-label="Within the deadline, Either side of the deadline, Over the deadline">
      <g><rect x="16" y="160" width="12" height="12" fill="#009E73" stroke="#767676"/><text x="34" y="170" font-size="12" fill="#1A1A1A">Within the deadline</text></g>
      <g><rect x="206" y="160" width="12" height="12" fill="#56B4E9" stroke="#767676"/><text x="224" y="170" font-size="12" fill="#1A1A1A">Either side of the deadline</text></g>
      <g><rect x="396" y="160" width="12" height="12" fill="#D55E00" stroke="#767676"/><text x="414" y="170" font-size="12" fill="#1A1A1A">Over the deadline</text></g>
      </g>
      </svg>
      "
    `);
  });
});
