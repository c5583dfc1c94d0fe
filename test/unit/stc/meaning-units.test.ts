import { describe, expect, it } from 'vitest';
import { planAddMeaningUnit, planDeleteMeaningUnit, planResizeMeaningUnit, planTakeInCodings } from '../../../shared/stc/meaning-units';
import { sortIntoCodeGroups } from '../../../shared/stc/placements';
import { planCreateCodeGroup } from '../../../shared/stc/code-groups';
import { StcError } from '../../../shared/stc/stc-error';
import { analysed, author } from './scenario';
import { done, world } from './world';

describe('adding meaning units', () => {
  it('adds a unit inside the source and reuses the unit already on the same stretch', () => {
    const w = world();
    const unit = w.step(planAddMeaningUnit(w.rows, { sourceId: 's1', start: 0, end: 400, authorId: author }, w.ctx));
    expect(unit).toMatchObject({ sourceId: 's1', start: 0, end: 400, codingId: null, projectId: 'p1' });
    const again = planAddMeaningUnit(w.rows, { sourceId: 's1', start: 0, end: 400, authorId: author }, w.ctx);
    expect(again.writes).toEqual([]);
    expect(again.value.id).toBe(unit.id);
  });

  it.each([
    [-1, 10],
    [10, 10],
    [20, 10],
    [0, 401],
    [0.5, 10],
  ])('refuses the range %s–%s (outside the source, empty or not whole)', (start, end) => {
    const w = world();
    const attempt = () => planAddMeaningUnit(w.rows, { sourceId: 's1', start, end, authorId: author }, w.ctx);
    expect(attempt).toThrow(StcError);
    expect(attempt).toThrow(/range-invalid/);
  });

  it('refuses a unit in a source that is not there', () => {
    const w = world();
    expect(() => planAddMeaningUnit(w.rows, { sourceId: 'gone', start: 0, end: 5, authorId: author }, w.ctx)).toThrow(/missing/);
  });
});

describe('taking codings in', () => {
  it('makes one unit per coded stretch, remembers the coding, and never duplicates a stretch', () => {
    const w = world();
    const existing = w.step(planAddMeaningUnit(w.rows, { sourceId: 's2', start: 5, end: 25, authorId: author }, w.ctx));
    const codings = [
      { id: 'c1', sourceId: 's1', start: 0, end: 30 },
      { id: 'c2', sourceId: 's2', start: 5, end: 25 },
      { id: 'c3', sourceId: 's1', start: 0, end: 30 },
    ];
    const taken = w.step(planTakeInCodings(w.rows, { codings, authorId: author }, w.ctx));
    expect(taken.created).toBe(1);
    expect(taken.reused).toBe(2);
    expect(taken.units[1]!.id).toBe(existing.id);
    expect(taken.units[0]!.id).toBe(taken.units[2]!.id);
    expect(taken.units[0]!.codingId).toBe('c1');
    expect(w.rows.meaningUnits).toHaveLength(2);
    const twice = planTakeInCodings(w.rows, { codings, authorId: author }, w.ctx);
    expect(twice.writes).toEqual([]);
    expect(twice.value.created).toBe(0);
  });

  it('refuses a coding outside its source (and writes nothing of the batch)', () => {
    const w = world();
    expect(() =>
      planTakeInCodings(w.rows, { codings: [{ id: 'c1', sourceId: 's1', start: 0, end: 10 }, { id: 'c2', sourceId: 's3', start: 150, end: 250 }], authorId: author }, w.ctx),
    ).toThrow(/range-invalid/);
  });
});

describe('resizing meaning units', () => {
  it('moves the ends and shrinks a golden quote cut from it', () => {
    const s = analysed();
    const result = done(s.w.step(planResizeMeaningUnit(s.w.rows, { id: s.u1.id, start: 10, end: 50 }, s.ctx)));
    expect(result).toMatchObject({ start: 10, end: 50 });
    expect(s.w.rows.goldenQuotes[0]).toMatchObject({ start: 10, end: 20 });
  });

  it('asks before a resize leaves a golden quote with nothing of the unit, then removes it', () => {
    const s = analysed();
    const asked = planResizeMeaningUnit(s.w.rows, { id: s.u1.id, start: 30, end: 50 }, s.ctx);
    expect(asked.writes).toEqual([]);
    expect(asked.value).toEqual({ status: 'confirm', quotes: [s.quote], analyticTexts: [] });
    s.w.step(planResizeMeaningUnit(s.w.rows, { id: s.u1.id, start: 30, end: 50, confirmQuotes: true }, s.ctx));
    expect(s.w.rows.goldenQuotes).toEqual([]);
  });

  it('refuses a resize out of the source', () => {
    const s = analysed();
    expect(() => planResizeMeaningUnit(s.w.rows, { id: s.u1.id, start: 0, end: 999 }, s.ctx)).toThrow(/range-invalid/);
  });
});

describe('deleting meaning units', () => {
  it('deletes a unit with its placements in every group', () => {
    const s = analysed();
    const value = s.w.step(planDeleteMeaningUnit(s.w.rows, { id: s.u3.id }));
    expect(done(value)).toEqual([]);
    expect(s.w.rows.meaningUnits.map((u) => u.id)).not.toContain(s.u3.id);
    expect(s.w.rows.placements.filter((p) => p.meaningUnitId === s.u3.id)).toEqual([]);
  });

  it('refuses to delete a unit a golden quote uses, naming the quote; with confirmation the quote goes too', () => {
    const s = analysed();
    const refused = planDeleteMeaningUnit(s.w.rows, { id: s.u1.id });
    expect(refused.writes).toEqual([]);
    expect(refused.value.status).toBe('confirm');
    expect(refused.value.status === 'confirm' && refused.value.quotes.map((q) => q.id)).toEqual([s.quote.id]);
    expect(done(s.w.step(planDeleteMeaningUnit(s.w.rows, { id: s.u1.id, confirmQuotes: true }))).map((q) => q.id)).toEqual([s.quote.id]);
    expect(s.w.rows.goldenQuotes).toEqual([]);
    expect(s.w.rows.meaningUnits).toHaveLength(3);
  });

  it('refuses a unit that is already gone', () => {
    const w = world();
    expect(() => planDeleteMeaningUnit(w.rows, { id: 'gone' })).toThrow(/missing/);
  });

  it('a unit placed in a group then deleted leaves the group empty, not dangling', () => {
    const w = world();
    const unit = w.step(planAddMeaningUnit(w.rows, { sourceId: 's1', start: 0, end: 5, authorId: author }, w.ctx));
    const group = w.step(planCreateCodeGroup(w.rows, { name: 'Skam', authorId: author }, w.ctx));
    w.step(sortIntoCodeGroups(w.rows, { unitIds: [unit.id], codeGroupId: group.id }, w.ctx));
    w.step(planDeleteMeaningUnit(w.rows, { id: unit.id }));
    expect(w.rows.placements).toEqual([]);
  });
});
