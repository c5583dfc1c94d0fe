import { describe, expect, it } from 'vitest';
import type { AnalyticText, GoldenQuote, MeaningUnit, Placement, ReadMark, Source, ThemeCode, ThemeQuote, Write } from '../../../shared/model';
import { planDeleteSource } from '../../../shared/sources/plan-delete-source';
import { planRemoveCodings } from '../../../shared/coding/plan-codings';
import { planDeleteCode } from '../../../shared/codebook/plan-code';
import { planMergeCodes } from '../../../shared/codebook/merge';
import { makeCode, makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

const t = '2026-01-01T00:00:00.000Z';
const base = { projectId: 'p', authorId: 'kari', createdAt: t, updatedAt: t };
const unit = (id: string, sourceId: string, codingId: string | null): MeaningUnit => ({ ...base, id, sourceId, start: 0, end: 5, codingId });
const themeQuote = (id: string, sourceId: string, codingId: string | null): ThemeQuote => ({
  ...base,
  id,
  themeId: 'tema',
  sourceId,
  codingId,
  start: 0,
  end: 5,
  order: 0,
});
const themeCode = (id: string, themeId: string, codeId: string): ThemeCode => ({ id, projectId: 'p', themeId, codeId, createdAt: t, updatedAt: t });
const summary = (writes: Write[]) => writes.map((w) => `${w.op} ${w.table} ${w.op === 'put' ? '' : w.key}`);
const patchOf = (writes: Write[], table: string, key: string) => {
  const write = writes.find((w) => w.op === 'update' && w.table === table && w.key === key);
  return write?.op === 'update' ? write.patch : undefined;
};

describe('deleting a source leaves no trail behind', () => {
  const source = { id: 's1', projectId: 'p', title: 'Intervju 1' } as Source;
  const placement = (id: string, meaningUnitId: string): Placement => ({ id, projectId: 'p', meaningUnitId, codeGroupId: 'g', subgroupId: 'sg', createdAt: t, updatedAt: t });
  const golden = (id: string, meaningUnitId: string, sourceId: string): GoldenQuote => ({ ...base, id, subgroupId: 'sg', meaningUnitId, sourceId, start: 0, end: 5, order: 0 });
  const analytic = (id: string, recontextualised: string[]): AnalyticText => ({
    ...base,
    id,
    codeGroupId: 'g',
    heading: '',
    content: '',
    plainText: '',
    theory: '',
    recontextualised,
  });
  const rows = {
    source,
    messages: [],
    sourceEdits: [],
    codings: [makeCoding('c1', 'k', 's1', 0, 5)],
    memos: [],
    meaningUnits: [unit('mu1', 's1', 'c1'), unit('mu2', 's1', null)],
    placements: [placement('pl1', 'mu1'), placement('pl2', 'mu2'), placement('pl3', 'mu2')],
    goldenQuotes: [golden('gq1', 'mu1', 's1')],
    themeQuotes: [themeQuote('tq1', 's1', 'c1')],
    readMarks: [{ ...base, id: 'read:s1', sourceId: 's1' } as ReadMark],
    analyticTexts: [analytic('at1', ['s1', 's2']), analytic('at2', ['s2'])],
  };

  it('removes its meaning units, their placements, golden quotes, theme quotes and read mark, and counts them', () => {
    const { writes, value } = planDeleteSource(rows, fixedContext());
    expect(value).toEqual({ codings: 1, memos: 0, meaningUnits: 2, placements: 3, goldenQuotes: 1, themeQuotes: 1, read: true });
    expect(summary(writes)).toEqual([
      'delete goldenQuotes gq1',
      'delete placements pl1',
      'delete placements pl2',
      'delete placements pl3',
      'delete meaningUnits mu1',
      'delete meaningUnits mu2',
      'delete themeQuotes tq1',
      'delete readMarks read:s1',
      'update analyticTexts at1',
      'delete codings c1',
      'delete sourceTexts s1',
      'delete sources s1',
    ]);
    // The analytic text stays; only its checklist forgets the source.
    expect(patchOf(writes, 'analyticTexts', 'at1')).toMatchObject({ recontextualised: ['s2'] });
  });

  it('a source never analysed says so: nothing beyond its codings to count', () => {
    const bare = { ...rows, meaningUnits: [], placements: [], goldenQuotes: [], themeQuotes: [], readMarks: [], analyticTexts: [] };
    expect(planDeleteSource(bare, fixedContext()).value).toEqual({
      codings: 1,
      memos: 0,
      meaningUnits: 0,
      placements: 0,
      goldenQuotes: 0,
      themeQuotes: 0,
      read: false,
    });
  });
});

describe('deleting codings keeps what was taken from them', () => {
  it('a meaning unit and a theme quote from a removed coding stay, naming no coding; others are untouched', () => {
    const rows = {
      codings: [makeCoding('c1', 'k', 's', 0, 5)],
      memos: [],
      meaningUnits: [unit('mu1', 's', 'c1'), unit('mu2', 's', 'c2')],
      themeQuotes: [themeQuote('tq1', 's', 'c1'), themeQuote('tq2', 's', null)],
    };
    const { writes } = planRemoveCodings(rows, fixedContext());
    expect(summary(writes)).toEqual(['update meaningUnits mu1', 'update themeQuotes tq1', 'delete codings c1']);
    expect(patchOf(writes, 'meaningUnits', 'mu1')).toMatchObject({ codingId: null });
    expect(patchOf(writes, 'themeQuotes', 'tq1')).toMatchObject({ codingId: null });
  });
});

describe('deleting or merging a code', () => {
  const codes = [makeCode('grense', 'Grensearbeid'), makeCode('tydelig', 'Tydelig', 'grense'), makeCode('hjelp', 'Hjelp', null, 1)];

  it('deleting a code takes it and its sub-codes out of every theme and detaches units taken from its codings', () => {
    const rows = {
      codes,
      codingIds: ['c1'],
      memoIds: [],
      themeCodes: [themeCode('tc1', 'tema', 'tydelig'), themeCode('tc2', 'tema2', 'grense'), themeCode('tc3', 'tema', 'grense'), themeCode('tc4', 'tema', 'hjelp')],
      meaningUnits: [unit('mu1', 's', 'c1')],
      themeQuotes: [themeQuote('tq1', 's', 'c1')],
    };
    const { writes, value } = planDeleteCode(rows, { id: 'grense' }, fixedContext());
    expect(value).toMatchObject({ codes: 2, codings: 1, themes: 2 });
    const deleted = summary(writes).filter((w) => w.startsWith('delete themeCodes'));
    expect(deleted).toEqual(['delete themeCodes tc1', 'delete themeCodes tc2', 'delete themeCodes tc3']);
    expect(patchOf(writes, 'meaningUnits', 'mu1')).toMatchObject({ codingId: null });
    expect(patchOf(writes, 'themeQuotes', 'tq1')).toMatchObject({ codingId: null });
  });

  it('merging hands the code’s themes to the code it goes into, and a dropped duplicate coding its units', () => {
    const codings = [makeCoding('a', 'tydelig', 's', 0, 5), makeCoding('b', 'tydelig', 's', 9, 12), makeCoding('k', 'hjelp', 's', 9, 12)];
    const rows = {
      codes,
      codings,
      memos: [],
      themeCodes: [themeCode('tc1', 'tema', 'tydelig'), themeCode('tc2', 'tema2', 'tydelig'), themeCode('tc3', 'tema2', 'hjelp')],
      meaningUnits: [unit('mu-a', 's', 'a'), unit('mu-b', 's', 'b')],
      themeQuotes: [themeQuote('tq-b', 's', 'b')],
    };
    const { writes } = planMergeCodes(rows, { fromId: 'tydelig', intoId: 'hjelp', memoHeading: '' }, fixedContext());
    expect(patchOf(writes, 'themeCodes', 'tc1')).toMatchObject({ codeId: 'hjelp' });
    // tema2 already holds "Hjelp": the row of "Tydelig" goes rather than doubling it.
    expect(summary(writes)).toContain('delete themeCodes tc2');
    expect(patchOf(writes, 'meaningUnits', 'mu-b')).toMatchObject({ codingId: 'k' });
    expect(patchOf(writes, 'themeQuotes', 'tq-b')).toMatchObject({ codingId: 'k' });
    // A coding that moves keeps its id, so the unit taken from it needs no write.
    expect(patchOf(writes, 'meaningUnits', 'mu-a')).toBeUndefined();
  });
});
