import { describe, expect, it } from 'vitest';
import { planMoveToCodeGroup, planUnplace, sortIntoCodeGroups } from '../../../shared/stc/placements';
import {
  condense,
  planCreateSubgroup,
  planDeleteSubgroup,
  planRenameSubgroup,
  planReorderSubgroups,
  planSortIntoSubgroup,
  subgroupAdvice,
} from '../../../shared/stc/subgroups';
import { byOrder } from '../../../shared/stc/rows';
import { analysed, author } from './scenario';
import { done } from './world';

describe('sorting meaning units into code groups', () => {
  it('lets a unit sit in several groups but only once in each', () => {
    const s = analysed();
    const made = s.w.step(sortIntoCodeGroups(s.w.rows, { unitIds: [s.u1.id, s.u3.id, s.u1.id], codeGroupId: s.tillit.id }, s.ctx));
    expect(made.map((p) => p.meaningUnitId)).toEqual([s.u1.id]);
    expect(s.w.rows.placements.filter((p) => p.meaningUnitId === s.u1.id)).toHaveLength(2);
  });

  it('refuses nothing chosen, a unit that is gone and a group that is gone', () => {
    const s = analysed();
    expect(() => sortIntoCodeGroups(s.w.rows, { unitIds: [], codeGroupId: s.tillit.id }, s.ctx)).toThrow(/nothing-chosen/);
    expect(() => sortIntoCodeGroups(s.w.rows, { unitIds: ['gone'], codeGroupId: s.tillit.id }, s.ctx)).toThrow(/missing/);
    expect(() => sortIntoCodeGroups(s.w.rows, { unitIds: [s.u1.id], codeGroupId: 'gone' }, s.ctx)).toThrow(/missing/);
  });

  it('takes a unit out of a group; asks first when it is a golden quote there', () => {
    const s = analysed();
    done(s.w.step(planUnplace(s.w.rows, { meaningUnitId: s.u3.id, codeGroupId: s.tillit.id })));
    expect(s.w.rows.placements.filter((p) => p.meaningUnitId === s.u3.id).map((p) => p.codeGroupId)).toEqual([s.skam.id]);
    const asked = planUnplace(s.w.rows, { meaningUnitId: s.u1.id, codeGroupId: s.skam.id });
    expect(asked).toEqual({ writes: [], value: { status: 'confirm', quotes: [s.quote], analyticTexts: [] } });
    s.w.step(planUnplace(s.w.rows, { meaningUnitId: s.u1.id, codeGroupId: s.skam.id, confirmQuotes: true }));
    expect(s.w.rows.goldenQuotes).toEqual([]);
    expect(() => planUnplace(s.w.rows, { meaningUnitId: s.u4.id, codeGroupId: s.skam.id })).toThrow(/not-in-group/);
  });

  it('moves a unit between groups, unsorted there; asks when a golden quote would be orphaned', () => {
    const s = analysed();
    done(s.w.step(planMoveToCodeGroup(s.w.rows, { meaningUnitId: s.u2.id, fromGroupId: s.skam.id, toGroupId: s.tillit.id }, s.ctx)));
    expect(s.w.rows.placements.find((p) => p.meaningUnitId === s.u2.id)).toMatchObject({ codeGroupId: s.tillit.id, subgroupId: null });
    const asked = planMoveToCodeGroup(s.w.rows, { meaningUnitId: s.u1.id, fromGroupId: s.skam.id, toGroupId: s.tillit.id }, s.ctx);
    expect(asked.writes).toEqual([]);
    expect(asked.value.status).toBe('confirm');
    s.w.step(planMoveToCodeGroup(s.w.rows, { meaningUnitId: s.u1.id, fromGroupId: s.skam.id, toGroupId: s.tillit.id, confirmQuotes: true }, s.ctx));
    expect(s.w.rows.goldenQuotes).toEqual([]);
  });

  it('moving a unit into a group it already sits in leaves one placement there', () => {
    const s = analysed();
    s.w.step(planMoveToCodeGroup(s.w.rows, { meaningUnitId: s.u3.id, fromGroupId: s.skam.id, toGroupId: s.tillit.id }, s.ctx));
    expect(s.w.rows.placements.filter((p) => p.meaningUnitId === s.u3.id).map((p) => p.codeGroupId)).toEqual([s.tillit.id]);
    expect(() => planMoveToCodeGroup(s.w.rows, { meaningUnitId: s.u3.id, fromGroupId: s.tillit.id, toGroupId: s.tillit.id }, s.ctx)).toThrow(/same-group/);
  });
});

describe('subgroups', () => {
  it('creates, renames, reorders and condenses', () => {
    const s = analysed();
    const b = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Tausheten', authorId: author }, s.ctx));
    expect(b.order).toBe(1);
    s.w.step(planRenameSubgroup(s.w.rows, { id: b.id, name: 'Å tie' }, s.ctx));
    s.w.step(planReorderSubgroups(s.w.rows, { codeGroupId: s.skam.id, ids: [b.id, s.sett.id] }, s.ctx));
    s.w.step(condense(s.w.rows, { subgroupId: b.id, content: '{"root":1}', plainText: 'Jeg sa ingenting.' }, s.ctx));
    expect(byOrder(s.w.rows.subgroups).map((g) => [g.name, g.plainText])).toEqual([
      ['Å tie', 'Jeg sa ingenting.'],
      ['Å bli sett', 'Jeg ville bli sett.'],
    ]);
    expect(() => condense(s.w.rows, { subgroupId: 'gone', content: '', plainText: '' }, s.ctx)).toThrow(/missing/);
  });

  it('sorts units into a subgroup (placing them in the group if needed) and back to unsorted, asking before a quote loses its subgroup', () => {
    const s = analysed();
    const b = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Tausheten', authorId: author }, s.ctx));
    done(s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: b.id, unitIds: [s.u3.id, s.u4.id] }, s.ctx)));
    expect(s.w.rows.placements.filter((p) => p.subgroupId === b.id).map((p) => p.meaningUnitId).sort()).toEqual([s.u3.id, s.u4.id].sort());
    const asked = planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: b.id, unitIds: [s.u1.id] }, s.ctx);
    expect(asked.value).toEqual({ status: 'confirm', quotes: [s.quote], analyticTexts: [] });
    done(s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: null, unitIds: [s.u2.id] }, s.ctx)));
    expect(s.w.rows.placements.find((p) => p.meaningUnitId === s.u2.id && p.codeGroupId === s.skam.id)!.subgroupId).toBeNull();
  });

  it('refuses a subgroup of another group', () => {
    const s = analysed();
    expect(() => planSortIntoSubgroup(s.w.rows, { codeGroupId: s.tillit.id, subgroupId: s.sett.id, unitIds: [s.u3.id] }, s.ctx)).toThrow(/not-in-group/);
  });

  it('deletes a subgroup: its units stay unsorted in the group; asks first when it has golden quotes', () => {
    const s = analysed();
    const asked = planDeleteSubgroup(s.w.rows, { id: s.sett.id }, s.ctx);
    expect(asked).toEqual({ writes: [], value: { status: 'confirm', quotes: [s.quote], analyticTexts: [] } });
    s.w.step(planDeleteSubgroup(s.w.rows, { id: s.sett.id, confirmQuotes: true }, s.ctx));
    expect(s.w.rows.subgroups).toEqual([]);
    expect(s.w.rows.goldenQuotes).toEqual([]);
    expect(s.w.rows.placements.filter((p) => p.codeGroupId === s.skam.id).map((p) => p.subgroupId)).toEqual([null, null, null]);
  });

  it('advises 2–4 subgroups per group without enforcing it', () => {
    const s = analysed();
    expect(subgroupAdvice(s.w.rows, s.tillit.id)).toBe('none');
    expect(subgroupAdvice(s.w.rows, s.skam.id)).toBe('few');
    for (const name of ['B', 'C', 'D']) s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name, authorId: author }, s.ctx));
    expect(subgroupAdvice(s.w.rows, s.skam.id)).toBe('good');
    s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'E', authorId: author }, s.ctx));
    expect(subgroupAdvice(s.w.rows, s.skam.id)).toBe('many');
  });
});
