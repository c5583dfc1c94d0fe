import { describe, expect, it } from 'vitest';
import { unsortedUnits } from '../../../shared/stc/unsorted';
import { codeGroupCounts } from '../../../shared/stc/counts';
import { trail, trailFrom } from '../../../shared/stc/trail';
import { danglingReferences } from '../../../shared/stc/dangling';
import { planAddMeaningUnit, planDeleteMeaningUnit } from '../../../shared/stc/meaning-units';
import { planCreateSubgroup, planSortIntoSubgroup } from '../../../shared/stc/subgroups';
import { analysed, author } from './scenario';
import { applyToRows } from './world';

describe('unsorted units', () => {
  it('lists units in no group, in source order and by position', () => {
    const s = analysed();
    const late = s.w.step(planAddMeaningUnit(s.w.rows, { sourceId: 's2', start: 200, end: 220, authorId: author }, s.ctx));
    const early = s.w.step(planAddMeaningUnit(s.w.rows, { sourceId: 's1', start: 300, end: 320, authorId: author }, s.ctx));
    const first = s.w.step(planAddMeaningUnit(s.w.rows, { sourceId: 's1', start: 200, end: 220, authorId: author }, s.ctx));
    expect(unsortedUnits(s.w.rows).map((u) => u.id)).toEqual([first.id, early.id, late.id]);
  });
});

describe('counts', () => {
  it('counts meaning units and distinct sources per group and subgroup, out of all sources', () => {
    const s = analysed();
    const counts = codeGroupCounts(s.w.rows);
    expect(counts.totalSources).toBe(3);
    expect(counts.codeGroups).toEqual([
      { codeGroupId: s.skam.id, meaningUnits: 3, sources: 2, unsortedInGroup: 1, subgroups: [{ subgroupId: s.sett.id, meaningUnits: 2, sources: 1 }] },
      { codeGroupId: s.tillit.id, meaningUnits: 2, sources: 2, unsortedInGroup: 2, subgroups: [] },
    ]);
  });
});

describe('the trail', () => {
  it('runs from an analytic text down to the source offsets of quotes and units', () => {
    const s = analysed();
    const t = trail(s.w.rows, s.text.id)!;
    expect(t.codeGroup.id).toBe(s.skam.id);
    expect(t.subgroups).toHaveLength(1);
    const [sub] = t.subgroups;
    expect(sub!.condensate).toBe('Jeg ville bli sett.');
    expect(sub!.goldenQuotes.map(({ sourceId, start, end }) => ({ sourceId, start, end }))).toEqual([{ sourceId: 's1', start: 5, end: 20 }]);
    expect(sub!.meaningUnits.map(({ sourceId, start, end }) => ({ sourceId, start, end }))).toEqual([
      { sourceId: 's1', start: 0, end: 50 },
      { sourceId: 's1', start: 60, end: 120 },
    ]);
    expect(t.unsorted.map((u) => u.unit.id)).toEqual([s.u3.id]);
    expect(trail(s.w.rows, 'gone')).toBeNull();
  });

  it('runs back from a meaning unit to every group, subgroup, quote and analytic text that uses it', () => {
    const s = analysed();
    const back = trailFrom(s.w.rows, s.u1.id)!;
    expect(back.source).toEqual({ sourceId: 's1', start: 0, end: 50 });
    expect(back.uses).toHaveLength(1);
    expect(back.uses[0]).toMatchObject({ codeGroup: { id: s.skam.id }, subgroup: { id: s.sett.id }, analyticText: { id: s.text.id } });
    expect(back.uses[0]!.goldenQuotes.map((q) => q.id)).toEqual([s.quote.id]);
    const shared = trailFrom(s.w.rows, s.u3.id)!;
    expect(shared.uses.map((u) => [u.codeGroup.name, u.subgroup, u.goldenQuotes.length, u.analyticText?.id ?? null])).toEqual([
      ['Skam', null, 0, s.text.id],
      ['Tillit', null, 0, null],
    ]);
    expect(trailFrom(s.w.rows, 'gone')).toBeNull();
  });

  it('follows both ways after units move between subgroups, and forgets a deleted unit', () => {
    const s = analysed();
    const b = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Tausheten', authorId: author }, s.ctx));
    s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: b.id, unitIds: [s.u3.id] }, s.ctx));
    expect(trail(s.w.rows, s.text.id)!.subgroups.map((g) => g.meaningUnits.map((m) => m.unit.id))).toEqual([[s.u1.id, s.u2.id], [s.u3.id]]);
    expect(trailFrom(s.w.rows, s.u3.id)!.uses[0]!.subgroup!.id).toBe(b.id);
    s.w.step(planDeleteMeaningUnit(s.w.rows, { id: s.u1.id, confirmQuotes: true }));
    expect(trail(s.w.rows, s.text.id)!.subgroups[0]!.goldenQuotes).toEqual([]);
    expect(trailFrom(s.w.rows, s.u1.id)).toBeNull();
  });
});

describe('dangling references', () => {
  it('finds what a careless delete would leave behind', () => {
    const s = analysed();
    const careless = applyToRows(s.w.rows, [
      { op: 'delete', table: 'meaningUnits', projectId: 'p1', key: s.u1.id },
      { op: 'delete', table: 'codeGroups', projectId: 'p1', key: s.tillit.id },
    ]);
    expect(danglingReferences(careless).sort()).toEqual(
      [
        `goldenQuotes:${s.quote.id} meaningUnitId`,
        ...careless.placements.filter((p) => p.meaningUnitId === s.u1.id).map((p) => `placements:${p.id} meaningUnitId`),
        ...careless.placements.filter((p) => p.codeGroupId === s.tillit.id).map((p) => `placements:${p.id} codeGroupId`),
      ].sort(),
    );
  });

  it('finds a quote whose unit left its subgroup and a quote outside its unit', () => {
    const s = analysed();
    const placement = s.w.rows.placements.find((p) => p.meaningUnitId === s.u1.id)!;
    const moved = applyToRows(s.w.rows, [{ op: 'update', table: 'placements', projectId: 'p1', key: placement.id, patch: { subgroupId: null } }]);
    expect(danglingReferences(moved)).toEqual([`goldenQuotes:${s.quote.id} not placed in its subgroup`]);
    const stretched = applyToRows(s.w.rows, [{ op: 'update', table: 'goldenQuotes', projectId: 'p1', key: s.quote.id, patch: { end: 51 } }]);
    expect(danglingReferences(stretched)).toEqual([`goldenQuotes:${s.quote.id} range`]);
  });
});
