import { describe, expect, it } from 'vitest';
import {
  planCreateCodeGroup,
  planDeleteCodeGroup,
  planRenameCodeGroup,
  planReorderCodeGroups,
} from '../../../shared/stc/code-groups';
import { planMergeCodeGroups } from '../../../shared/stc/merge-groups';
import { planSplitCodeGroup } from '../../../shared/stc/split-group';
import { planCreateSubgroup, planSortIntoSubgroup } from '../../../shared/stc/subgroups';
import { planAddGoldenQuote } from '../../../shared/stc/golden-quotes';
import { planWriteAnalyticText } from '../../../shared/stc/analytic-texts';
import { byOrder } from '../../../shared/stc/rows';
import { analysed, author } from './scenario';
import { done } from './world';

const placedIn = (rows: ReturnType<typeof analysed>['w']['rows'], groupId: string) =>
  rows.placements.filter((p) => p.codeGroupId === groupId).map((p) => p.meaningUnitId).sort();

describe('code groups', () => {
  it('creates from preliminary themes (named after them), renames and reorders', () => {
    const s = analysed();
    expect(s.skam).toMatchObject({ name: 'Skam', themeIds: [s.theme.id], order: 0 });
    expect(s.tillit.order).toBe(1);
    s.w.step(planRenameCodeGroup(s.w.rows, { id: s.skam.id, name: ' Skam og skyld ' }, s.ctx));
    s.w.step(planReorderCodeGroups(s.w.rows, { ids: [s.tillit.id, s.skam.id] }, s.ctx));
    expect(byOrder(s.w.rows.codeGroups).map((g) => g.name)).toEqual(['Tillit', 'Skam og skyld']);
  });

  it('refuses a group with no name and no themes, and themes that are gone', () => {
    const s = analysed();
    expect(() => planCreateCodeGroup(s.w.rows, { authorId: author }, s.ctx)).toThrow(/name-required/);
    expect(() => planCreateCodeGroup(s.w.rows, { themeIds: ['gone'], authorId: author }, s.ctx)).toThrow(/missing/);
    expect(() => planRenameCodeGroup(s.w.rows, { id: s.skam.id, name: '' }, s.ctx)).toThrow(/name-required/);
  });

  it('deletes a group without quotes straight away; its units stay', () => {
    const s = analysed();
    const value = done(s.w.step(planDeleteCodeGroup(s.w.rows, { id: s.tillit.id })));
    expect(value).toMatchObject({ placements: 2, subgroups: 0, quotes: [] });
    expect(s.w.rows.meaningUnits).toHaveLength(4);
    expect(s.w.rows.codeGroups.map((g) => g.id)).toEqual([s.skam.id]);
  });

  it('asks before deleting a group with golden quotes or a written analytic text, then takes all of it', () => {
    const s = analysed();
    const asked = planDeleteCodeGroup(s.w.rows, { id: s.skam.id });
    expect(asked.writes).toEqual([]);
    expect(asked.value).toEqual({ status: 'confirm', quotes: [s.quote], analyticTexts: [s.text] });
    s.w.step(planDeleteCodeGroup(s.w.rows, { id: s.skam.id, confirmQuotes: true }));
    expect(s.w.rows.subgroups).toEqual([]);
    expect(s.w.rows.goldenQuotes).toEqual([]);
    expect(s.w.rows.analyticTexts).toEqual([]);
    expect(placedIn(s.w.rows, s.tillit.id)).toEqual([s.u3.id, s.u4.id].sort());
  });
});

describe('merging code groups', () => {
  it('moves units, collapses a unit in both, carries subgroups and themes over, and keeps the analytic text', () => {
    const s = analysed();
    const merged = done(s.w.step(planMergeCodeGroups(s.w.rows, { fromId: s.skam.id, intoId: s.tillit.id }, s.ctx)));
    expect(merged.collapsed).toBe(1);
    expect(merged.group.themeIds).toEqual([s.theme.id]);
    expect(placedIn(s.w.rows, s.tillit.id)).toEqual([s.u1.id, s.u2.id, s.u3.id, s.u4.id].sort());
    expect(s.w.rows.placements).toHaveLength(4);
    expect(s.w.rows.subgroups[0]!.codeGroupId).toBe(s.tillit.id);
    expect(s.w.rows.goldenQuotes.map((q) => q.id)).toEqual([s.quote.id]);
    expect(s.w.rows.analyticTexts[0]!.codeGroupId).toBe(s.tillit.id);
    expect(s.w.rows.codeGroups.map((g) => g.id)).toEqual([s.tillit.id]);
  });

  it('a collapsed unit keeps the subgroup it had in the from-group when it had none in the into-group', () => {
    const s = analysed();
    const sub = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Tausheten', authorId: author }, s.ctx));
    done(s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: sub.id, unitIds: [s.u3.id] }, s.ctx)));
    s.w.step(planMergeCodeGroups(s.w.rows, { fromId: s.skam.id, intoId: s.tillit.id, confirmQuotes: true }, s.ctx));
    expect(s.w.rows.placements.find((p) => p.meaningUnitId === s.u3.id)).toMatchObject({ codeGroupId: s.tillit.id, subgroupId: sub.id });
  });

  it('asks when a collapsed unit is a golden quote in a subgroup it can no longer sit in, and when two written texts meet', () => {
    const s = analysed();
    const own = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.tillit.id, name: 'Å stole på', authorId: author }, s.ctx));
    const sub = s.w.step(planCreateSubgroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Tausheten', authorId: author }, s.ctx));
    s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.tillit.id, subgroupId: own.id, unitIds: [s.u3.id] }, s.ctx));
    s.w.step(planSortIntoSubgroup(s.w.rows, { codeGroupId: s.skam.id, subgroupId: sub.id, unitIds: [s.u3.id] }, s.ctx));
    const q3 = s.w.step(planAddGoldenQuote(s.w.rows, { subgroupId: sub.id, meaningUnitId: s.u3.id, authorId: author }, s.ctx));
    const other = s.w.step(planWriteAnalyticText(s.w.rows, { codeGroupId: s.tillit.id, heading: 'Tilliten', authorId: author }, s.ctx));
    const asked = planMergeCodeGroups(s.w.rows, { fromId: s.skam.id, intoId: s.tillit.id }, s.ctx);
    expect(asked.writes).toEqual([]);
    expect(asked.value).toEqual({ status: 'confirm', quotes: [q3], analyticTexts: [s.text] });
    const merged = done(s.w.step(planMergeCodeGroups(s.w.rows, { fromId: s.skam.id, intoId: s.tillit.id, confirmQuotes: true }, s.ctx)));
    expect(merged.quotes).toEqual([q3]);
    expect(s.w.rows.analyticTexts.map((t) => t.id)).toEqual([other.id]);
    expect(s.w.rows.goldenQuotes.map((q) => q.id)).toEqual([s.quote.id]);
    expect(byOrder(s.w.rows.subgroups).map((g) => g.name)).toEqual(['Å stole på', 'Å bli sett', 'Tausheten']);
  });

  it('refuses merging a group into itself', () => {
    const s = analysed();
    expect(() => planMergeCodeGroups(s.w.rows, { fromId: s.skam.id, intoId: s.skam.id }, s.ctx)).toThrow(/same-group/);
  });
});

describe('splitting code groups', () => {
  it('moves a chosen subgroup with its units and quote to a new group; the analytic text stays', () => {
    const s = analysed();
    const split = done(s.w.step(planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Å bli sett', subgroupIds: [s.sett.id], authorId: author }, s.ctx)));
    expect(split.group).toMatchObject({ name: 'Å bli sett', themeIds: [s.theme.id], order: 2 });
    expect(placedIn(s.w.rows, split.group.id)).toEqual([s.u1.id, s.u2.id].sort());
    expect(placedIn(s.w.rows, s.skam.id)).toEqual([s.u3.id]);
    expect(s.w.rows.subgroups[0]!.codeGroupId).toBe(split.group.id);
    expect(s.w.rows.goldenQuotes).toHaveLength(1);
    expect(s.w.rows.analyticTexts[0]!.codeGroupId).toBe(s.skam.id);
  });

  it('moves chosen units unsorted, asking first when one is a golden quote in a subgroup that stays', () => {
    const s = analysed();
    const asked = planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Ny', unitIds: [s.u1.id, s.u3.id], authorId: author }, s.ctx);
    expect(asked.value).toEqual({ status: 'confirm', quotes: [s.quote], analyticTexts: [] });
    const split = done(s.w.step(planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Ny', unitIds: [s.u1.id, s.u3.id], authorId: author, confirmQuotes: true }, s.ctx)));
    expect(s.w.rows.placements.filter((p) => p.codeGroupId === split.group.id).map((p) => p.subgroupId)).toEqual([null, null]);
    expect(placedIn(s.w.rows, s.skam.id)).toEqual([s.u2.id]);
    expect(s.w.rows.goldenQuotes).toEqual([]);
  });

  it('refuses a split with nothing chosen or with units from another group', () => {
    const s = analysed();
    expect(() => planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Ny', authorId: author }, s.ctx)).toThrow(/nothing-chosen/);
    expect(() => planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: 'Ny', unitIds: [s.u4.id], authorId: author }, s.ctx)).toThrow(/not-in-group/);
    expect(() => planSplitCodeGroup(s.w.rows, { codeGroupId: s.skam.id, name: ' ', unitIds: [s.u1.id], authorId: author }, s.ctx)).toThrow(/name-required/);
  });
});
