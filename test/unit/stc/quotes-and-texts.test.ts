import { describe, expect, it } from 'vitest';
import { planAddGoldenQuote, planRemoveGoldenQuote, planReorderGoldenQuotes } from '../../../shared/stc/golden-quotes';
import { planToggleRecontextualised, planWriteAnalyticText } from '../../../shared/stc/analytic-texts';
import { byOrder } from '../../../shared/stc/rows';
import { analysed, author } from './scenario';

describe('golden quotes', () => {
  it('takes a whole unit or a stretch inside it, with the source offsets', () => {
    const s = analysed();
    expect(s.quote).toMatchObject({ meaningUnitId: s.u1.id, sourceId: 's1', start: 5, end: 20, order: 0 });
    const whole = s.w.step(planAddGoldenQuote(s.w.rows, { subgroupId: s.sett.id, meaningUnitId: s.u2.id, authorId: author }, s.ctx));
    expect(whole).toMatchObject({ sourceId: 's1', start: 60, end: 120, order: 1 });
  });

  it.each([
    [59, 100],
    [70, 121],
    [80, 80],
  ])('refuses the stretch %s–%s outside the unit or empty', (start, end) => {
    const s = analysed();
    expect(() => planAddGoldenQuote(s.w.rows, { subgroupId: s.sett.id, meaningUnitId: s.u2.id, start, end, authorId: author }, s.ctx)).toThrow(/range-invalid/);
  });

  it('refuses a unit that is not sorted into the subgroup', () => {
    const s = analysed();
    expect(() => planAddGoldenQuote(s.w.rows, { subgroupId: s.sett.id, meaningUnitId: s.u3.id, authorId: author }, s.ctx)).toThrow(/not-in-group/);
  });

  it('reorders and removes quotes', () => {
    const s = analysed();
    const second = s.w.step(planAddGoldenQuote(s.w.rows, { subgroupId: s.sett.id, meaningUnitId: s.u2.id, authorId: author }, s.ctx));
    s.w.step(planReorderGoldenQuotes(s.w.rows, { subgroupId: s.sett.id, ids: [second.id, s.quote.id] }, s.ctx));
    expect(byOrder(s.w.rows.goldenQuotes).map((q) => q.id)).toEqual([second.id, s.quote.id]);
    s.w.step(planRemoveGoldenQuote(s.w.rows, { id: s.quote.id }));
    expect(s.w.rows.goldenQuotes.map((q) => q.id)).toEqual([second.id]);
    expect(() => planRemoveGoldenQuote(s.w.rows, { id: s.quote.id })).toThrow(/missing/);
  });
});

describe('analytic texts', () => {
  it('keeps one text per group and changes only the fields given', () => {
    const s = analysed();
    const again = s.w.step(planWriteAnalyticText(s.w.rows, { codeGroupId: s.skam.id, theory: 'Goffman om stigma', authorId: author }, s.ctx));
    expect(again).toMatchObject({ id: s.text.id, heading: 'Skammen', plainText: 'Deltakerne…', theory: 'Goffman om stigma' });
    expect(s.w.rows.analyticTexts).toHaveLength(1);
  });

  it('ticks sources off the recontextualisation checklist and on again, making the text when needed', () => {
    const s = analysed();
    const made = s.w.step(planToggleRecontextualised(s.w.rows, { codeGroupId: s.tillit.id, sourceId: 's2', authorId: author }, s.ctx));
    expect(made).toMatchObject({ codeGroupId: s.tillit.id, heading: '', recontextualised: ['s2'] });
    s.w.step(planToggleRecontextualised(s.w.rows, { codeGroupId: s.tillit.id, sourceId: 's3', authorId: author }, s.ctx));
    const back = s.w.step(planToggleRecontextualised(s.w.rows, { codeGroupId: s.tillit.id, sourceId: 's2', authorId: author }, s.ctx));
    expect(back.recontextualised).toEqual(['s3']);
    expect(() => planToggleRecontextualised(s.w.rows, { codeGroupId: s.tillit.id, sourceId: 'gone', authorId: author }, s.ctx)).toThrow(/missing/);
    expect(() => planWriteAnalyticText(s.w.rows, { codeGroupId: 'gone', heading: 'x', authorId: author }, s.ctx)).toThrow(/missing/);
  });
});
