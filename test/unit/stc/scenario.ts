import { planAddMeaningUnit } from '../../../shared/stc/meaning-units';
import { planCreateCodeGroup } from '../../../shared/stc/code-groups';
import { sortIntoCodeGroups } from '../../../shared/stc/placements';
import { planCreateSubgroup, planSortIntoSubgroup, condense } from '../../../shared/stc/subgroups';
import { planAddGoldenQuote } from '../../../shared/stc/golden-quotes';
import { planWriteAnalyticText } from '../../../shared/stc/analytic-texts';
import { planAddPreliminaryTheme } from '../../../shared/stc/preliminary-themes';
import { world } from './world';

export const author = 'coder-1';

/**
 * A worked analysis in small: four meaning units over three interviews; group "Skam" holds u1, u2,
 * u3 with subgroup "Å bli sett" (u1, u2; u1 a golden quote) and an analytic text; group "Tillit"
 * holds u3 and u4.
 */
export function analysed() {
  const w = world();
  const { ctx } = w;
  const theme = w.step(planAddPreliminaryTheme(w.rows, { name: 'Skam', authorId: author }, ctx));
  const u = (sourceId: string, start: number, end: number) => w.step(planAddMeaningUnit(w.rows, { sourceId, start, end, authorId: author }, ctx));
  const u1 = u('s1', 0, 50);
  const u2 = u('s1', 60, 120);
  const u3 = u('s2', 10, 40);
  const u4 = u('s3', 0, 30);
  const skam = w.step(planCreateCodeGroup(w.rows, { themeIds: [theme.id], authorId: author }, ctx));
  const tillit = w.step(planCreateCodeGroup(w.rows, { name: 'Tillit', authorId: author }, ctx));
  w.step(sortIntoCodeGroups(w.rows, { unitIds: [u1.id, u2.id, u3.id], codeGroupId: skam.id }, ctx));
  w.step(sortIntoCodeGroups(w.rows, { unitIds: [u3.id, u4.id], codeGroupId: tillit.id }, ctx));
  const sett = w.step(planCreateSubgroup(w.rows, { codeGroupId: skam.id, name: 'Å bli sett', authorId: author }, ctx));
  w.step(planSortIntoSubgroup(w.rows, { codeGroupId: skam.id, subgroupId: sett.id, unitIds: [u1.id, u2.id] }, ctx));
  w.step(condense(w.rows, { subgroupId: sett.id, content: '{"root":{}}', plainText: 'Jeg ville bli sett.' }, ctx));
  const quote = w.step(planAddGoldenQuote(w.rows, { subgroupId: sett.id, meaningUnitId: u1.id, start: 5, end: 20, authorId: author }, ctx));
  const text = w.step(planWriteAnalyticText(w.rows, { codeGroupId: skam.id, heading: 'Skammen', plainText: 'Deltakerne…', content: '{}', authorId: author }, ctx));
  return { w, ctx, theme, u1, u2, u3, u4, skam, tillit, sett, quote, text };
}
