import type { Id } from '../model';
import type { StcRows } from './rows';

/**
 * Every reference among the STC rows that points nowhere, or breaks a rule the plans keep, as
 * "table:id field" strings; empty when all is well. Tests run it after every step; a future
 * integrity check (restore, sync) can too.
 */
export function danglingReferences(rows: StcRows): string[] {
  const problems: string[] = [];
  const ids = <T extends { id: Id }>(list: readonly T[]) => new Set(list.map((r) => r.id));
  const sources = ids(rows.sources);
  const themes = ids(rows.preliminaryThemes);
  const units = new Map(rows.meaningUnits.map((u) => [u.id, u]));
  const groups = ids(rows.codeGroups);
  const subgroups = new Map(rows.subgroups.map((s) => [s.id, s]));
  const say = (table: string, id: Id, what: string) => problems.push(`${table}:${id} ${what}`);

  for (const m of rows.readMarks) if (!sources.has(m.sourceId)) say('readMarks', m.id, 'sourceId');
  for (const u of rows.meaningUnits) {
    if (!sources.has(u.sourceId)) say('meaningUnits', u.id, 'sourceId');
    if (u.end <= u.start) say('meaningUnits', u.id, 'range');
  }
  for (const g of rows.codeGroups) for (const t of g.themeIds) if (!themes.has(t)) say('codeGroups', g.id, `themeIds ${t}`);
  for (const s of rows.subgroups) if (!groups.has(s.codeGroupId)) say('subgroups', s.id, 'codeGroupId');
  const pairs = new Set<string>();
  for (const p of rows.placements) {
    if (!units.has(p.meaningUnitId)) say('placements', p.id, 'meaningUnitId');
    if (!groups.has(p.codeGroupId)) say('placements', p.id, 'codeGroupId');
    if (p.subgroupId !== null && subgroups.get(p.subgroupId)?.codeGroupId !== p.codeGroupId) say('placements', p.id, 'subgroupId');
    const pair = `${p.meaningUnitId}|${p.codeGroupId}`;
    if (pairs.has(pair)) say('placements', p.id, 'duplicate');
    pairs.add(pair);
  }
  const held = new Set(rows.placements.map((p) => `${p.meaningUnitId}|${p.subgroupId}`));
  for (const q of rows.goldenQuotes) {
    const unit = units.get(q.meaningUnitId);
    if (!unit) say('goldenQuotes', q.id, 'meaningUnitId');
    if (!subgroups.has(q.subgroupId)) say('goldenQuotes', q.id, 'subgroupId');
    if (!held.has(`${q.meaningUnitId}|${q.subgroupId}`)) say('goldenQuotes', q.id, 'not placed in its subgroup');
    if (unit && (q.sourceId !== unit.sourceId || q.start < unit.start || q.end > unit.end || q.end <= q.start)) say('goldenQuotes', q.id, 'range');
  }
  const textGroups = new Set<Id>();
  for (const t of rows.analyticTexts) {
    if (!groups.has(t.codeGroupId)) say('analyticTexts', t.id, 'codeGroupId');
    if (textGroups.has(t.codeGroupId)) say('analyticTexts', t.id, 'second text of its group');
    textGroups.add(t.codeGroupId);
    for (const s of t.recontextualised) if (!sources.has(s)) say('analyticTexts', t.id, `recontextualised ${s}`);
  }
  return problems;
}
