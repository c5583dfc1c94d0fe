import { describe, expect, it } from 'vitest';
import { loadDemoProject } from '../../../cli/demo-project';
import type { Coding } from '../../../shared/model';
import { findCategoryCodes, reproduceTable, studyPublishedTable } from '../../../shared/reproduce';
import { makeCode, makeCoding } from '../codebook/make-code';

// A tiny project coded from the template in bokmål: 4 sequences, 3 of them with boundary work.
const codes = [
  makeCode('resp', 'Respons', null, 0),
  makeCode('none', 'Ikke skriftlig svar', 'resp', 0),
  makeCode('help', 'Hjelp uten grensearbeid', 'resp', 1),
  makeCode('bw', 'Grensearbeid', 'resp', 2),
  makeCode('strat', 'Grensearbeid', null, 1),
  makeCode('clear', 'Tydelig', 'strat', 0),
  makeCode('ref', 'Eksplisitt henvisning med begrunnelse', 'clear', 0),
  makeCode('amb', 'Tvetydig', 'strat', 1),
];
let n = 0;
const coding = (codeId: string, sourceId: string): Coding => makeCoding(`c${++n}`, codeId, sourceId, 0, 5);
const codings = [
  coding('none', 's1'),
  coding('bw', 's2'),
  coding('bw', 's3'),
  coding('bw', 's4'),
  coding('ref', 's2'),
  coding('clear', 's2'), // the same sequence twice in Clear: counts once
  coding('ref', 's3'),
  coding('amb', 's3'), // s3 carries both a clear and an ambiguous strategy
  coding('amb', 's4'),
];

describe('findCategoryCodes', () => {
  it('finds the template codes by their names in any language, at their place in the tree', () => {
    expect(Object.fromEntries(findCategoryCodes(codes))).toEqual({
      sequences: 'resp',
      'no-written-response': 'none',
      'help-without-boundary-work': 'help',
      'boundary-work': 'bw',
      clear: 'clear',
      ambiguous: 'amb',
    });
  });
});

describe('reproduceTable', () => {
  it('counts sequences per category and explains parts that add up to more than their whole', () => {
    const published = {
      sequences: 4,
      'no-written-response': 1,
      'help-without-boundary-work': 0,
      'boundary-work': 3,
      clear: 2,
      ambiguous: 2,
    };
    const table = reproduceTable({ codes, codings }, published);
    expect(table.rows.map((r) => [r.category, r.computed, r.published, r.difference])).toEqual([
      ['sequences', 4, 4, 0],
      ['no-written-response', 1, 1, 0],
      ['help-without-boundary-work', 0, 0, 0],
      ['boundary-work', 3, 3, 0],
      ['clear', 2, 2, 0],
      ['ambiguous', 2, 2, 0],
    ]);
    expect(table.allMatch).toBe(true);
    // 2 + 2 > 3: clear and ambiguous overlap; the response rows (1 + 0 + 3 = 4) do not.
    expect(table.rows.find((r) => r.category === 'clear')?.explanations).toEqual(['overlap-counted-twice']);
    expect(table.rows.find((r) => r.category === 'boundary-work')?.explanations).toEqual([]);
  });

  it('shows a difference with its direction, and rows without a value or a code', () => {
    const withoutHelp = codes.filter((c) => c.id !== 'help');
    const table = reproduceTable(
      { codes: withoutHelp, codings },
      { sequences: 5, 'boundary-work': 2, clear: 2, ambiguous: 2 },
    );
    const row = (category: string) => table.rows.find((r) => r.category === category)!;
    expect(row('sequences')).toMatchObject({
      computed: 4,
      published: 5,
      difference: -1,
      matches: false,
      explanations: ['fewer-coded'],
    });
    expect(row('boundary-work')).toMatchObject({ difference: 1, explanations: ['more-coded'] });
    expect(row('no-written-response')).toMatchObject({
      computed: 1,
      published: null,
      difference: null,
      explanations: ['not-published'],
    });
    expect(row('help-without-boundary-work')).toMatchObject({
      computed: null,
      explanations: ['missing-code', 'not-published'],
    });
    expect(table.allMatch).toBe(false);
  });

  it('reproduces the study exactly on the demo project: 47; 3; 13; 31; 10; 23', async () => {
    const demo = await loadDemoProject('en');
    const table = reproduceTable(demo, studyPublishedTable);
    expect(table.rows.map((r) => r.computed)).toEqual([47, 3, 13, 31, 10, 23]);
    expect(table.rows.every((r) => r.difference === 0)).toBe(true);
    expect(table.allMatch).toBe(true);
    expect(table.rows.filter((r) => r.explanations.includes('overlap-counted-twice')).map((r) => r.category)).toEqual([
      'clear',
      'ambiguous',
    ]);
  }, 30_000);

  it('finds the demo codes in a nynorsk project too', async () => {
    const demo = await loadDemoProject('nn');
    expect(reproduceTable(demo, studyPublishedTable).allMatch).toBe(true);
  }, 30_000);
});
