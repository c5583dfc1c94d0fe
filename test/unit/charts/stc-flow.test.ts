import { describe, expect, it } from 'vitest';
import { buildChart, stcFlow, stcFlowChart, toSvg, type ChartRows, type Mark } from '../../../shared/charts';
import { makeCode, makeCoding } from '../codebook/make-code';

const stc: Pick<ChartRows, 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes'> = {
  codeGroups: [
    { id: 'g2', name: 'Å bli avvist', order: 1 },
    { id: 'g1', name: 'Å bli hjulpet', order: 0 },
    { id: 'g3', name: 'Tom gruppe', order: 2 },
  ],
  subgroups: [
    { id: 'sg1', codeGroupId: 'g1', name: 'Rask hjelp', order: 0 },
    { id: 'sg2', codeGroupId: 'g1', name: 'Hjelp med vilkår', order: 1 },
    { id: 'sg3', codeGroupId: 'g2', name: 'Henvist videre', order: 0 },
  ],
  placements: [
    { meaningUnitId: 'm1', codeGroupId: 'g1', subgroupId: 'sg1' },
    { meaningUnitId: 'm2', codeGroupId: 'g1', subgroupId: 'sg1' },
    { meaningUnitId: 'm3', codeGroupId: 'g1', subgroupId: 'sg2' },
    { meaningUnitId: 'm4', codeGroupId: 'g1', subgroupId: null },
    // A unit in two groups flows from each.
    { meaningUnitId: 'm1', codeGroupId: 'g2', subgroupId: 'sg3' },
  ],
  goldenQuotes: [{ subgroupId: 'sg1', meaningUnitId: 'm2' }],
};
const codes = [makeCode('h', 'Hjelp')];
const codings = [makeCoding('1', 'h', 's1', 0, 5)];

describe('STC flow', () => {
  it('flows meaning units from code groups into subgroups and on to golden quotes, in the analysis order', () => {
    const flow = stcFlow(stc);
    expect(flow.nodes.map((n) => n.id)).toEqual(['group:g1', 'subgroup:sg1', 'subgroup:sg2', 'unsorted:g1', 'group:g2', 'subgroup:sg3', 'quoted', 'unquoted']);
    expect(flow.links.map((l) => `${l.source}→${l.target}=${l.value}`)).toEqual([
      'group:g1→subgroup:sg1=2',
      'subgroup:sg1→unquoted=1',
      'subgroup:sg1→quoted=1',
      'group:g1→subgroup:sg2=1',
      'subgroup:sg2→unquoted=1',
      'group:g1→unsorted:g1=1',
      'group:g2→subgroup:sg3=1',
      'subgroup:sg3→unquoted=1',
    ]);
  });

  it('draws a Sankey: a link per flow as wide as its units, nodes with counts, in the chosen language', () => {
    const chart = stcFlowChart(stcFlow(stc), 'nn');
    const links = chart.marks.filter((m): m is Extract<Mark, { type: 'group' }> => m.type === 'group');
    expect(links).toHaveLength(8);
    expect(links[0]!.aria).toBe('Å bli hjulpet → Rask hjelp, meiningseiningar: 2');
    const widthOf = (i: number) => (links[i]!.marks[0] as Extract<Mark, { type: 'path' }>).strokeWidth!;
    expect(widthOf(0)).toBeCloseTo(2 * widthOf(3));
    const texts = chart.marks.filter((m): m is Extract<Mark, { type: 'text' }> => m.type === 'text').map((t) => t.text);
    expect(texts).toContain('Å bli hjulpet (4)');
    expect(texts).toContain('Gullsitat teke (1)');
    expect(chart.table.rows).toContainEqual(['Å bli hjulpet', 'Ikkje i ei subgruppe enno', 1]);
  });

  it('shows a message where the project has no STC work', () => {
    const chart = buildChart('stc-flow', { codes, codings, sources: [] }, { language: 'nb' });
    expect(chart.empty).toBe(true);
    expect(chart.description).toMatch(/følg STC-stegene under Analyse/);
    expect(stcFlow({ ...stc, placements: [] }).links).toEqual([]);
  });

  it('writes a tiny case as SVG', () => {
    const tiny = stcFlowChart(
      stcFlow({
        codeGroups: [{ id: 'g', name: 'Hjelp', order: 0 }],
        subgroups: [{ id: 's', codeGroupId: 'g', name: 'Rask', order: 0 }],
        placements: [{ meaningUnitId: 'm', codeGroupId: 'g', subgroupId: 's' }],
        goldenQuotes: [{ subgroupId: 's', meaningUnitId: 'm' }],
      }),
      'en',
    );
    expect(toSvg(tiny)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="760" height="240" viewBox="0 0 760 240" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">
      <title id="chart-title">From code groups to golden quotes</title>
      <desc id="chart-desc">Meaning units flowing from code groups (1) into subgroups (1) and on to golden quotes (units quoted: 1).</desc>
      <rect x="0" y="0" width="760" height="240" fill="#FFFFFF"/>
      <text x="16" y="28" font-size="16" font-weight="bold" fill="#1A1A1A">From code groups to golden quotes</text>
      <g role="group" aria-label="Hjelp → Rask, meaning units: 1">
      <path d="M180,136C276.5,136,276.5,136,373,136" fill="none" stroke="#E69F00" stroke-width="176" stroke-opacity="0.55"><title>Hjelp → Rask, meaning units: 1</title></path>
      </g>
      <g role="group" aria-label="Rask → Golden quote taken, meaning units: 1">
      <path d="M387,136C483.5,136,483.5,136,580,136" fill="none" stroke="#E69F00" stroke-width="176" stroke-opacity="0.55"><title>Rask → Golden quote taken, meaning units: 1</title></path>
      </g>
      <rect x="166" y="48" width="14" height="176" fill="#E69F00"><title>Hjelp: 1</title></rect>
      <text x="160" y="140" text-anchor="end" font-size="11" fill="#1A1A1A" stroke="#FFFFFF" stroke-width="3" paint-order="stroke" stroke-linejoin="round">Hjelp (1)</text>
      <rect x="373" y="48" width="14" height="176" fill="#595959"><title>Rask: 1</title></rect>
      <text x="393" y="140" text-anchor="start" font-size="11" fill="#1A1A1A" stroke="#FFFFFF" stroke-width="3" paint-order="stroke" stroke-linejoin="round">Rask (1)</text>
      <rect x="580" y="48" width="14" height="176" fill="#595959"><title>Golden quote taken: 1</title></rect>
      <text x="600" y="140" text-anchor="start" font-size="11" fill="#1A1A1A" stroke="#FFFFFF" stroke-width="3" paint-order="stroke" stroke-linejoin="round">Golden quote taken (1)</text>
      </svg>
      "
    `);
  });
});
