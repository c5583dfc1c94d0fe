import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Planned } from '../../../shared/model';
import type { StcRows } from '../../../shared/stc/rows';
import { StcError } from '../../../shared/stc/stc-error';
import { danglingReferences } from '../../../shared/stc/dangling';
import { planAddMeaningUnit, planDeleteMeaningUnit, planResizeMeaningUnit } from '../../../shared/stc/meaning-units';
import { planCreateCodeGroup, planDeleteCodeGroup } from '../../../shared/stc/code-groups';
import { planMergeCodeGroups } from '../../../shared/stc/merge-groups';
import { planSplitCodeGroup } from '../../../shared/stc/split-group';
import { planMoveToCodeGroup, planUnplace, sortIntoCodeGroups } from '../../../shared/stc/placements';
import { planCreateSubgroup, planDeleteSubgroup, planSortIntoSubgroup } from '../../../shared/stc/subgroups';
import { planAddGoldenQuote, planRemoveGoldenQuote } from '../../../shared/stc/golden-quotes';
import { planAddPreliminaryTheme, planDeletePreliminaryTheme } from '../../../shared/stc/preliminary-themes';
import { planToggleRecontextualised, planWriteAnalyticText } from '../../../shared/stc/analytic-texts';
import { codeGroupCounts } from '../../../shared/stc/counts';
import { trail, trailFrom } from '../../../shared/stc/trail';
import { applyToRows, type world } from './world';
import { analysed } from './scenario';

const authorId = 'coder-1';
const ops = [
  'unit', 'unit', 'resize', 'deleteUnit', 'theme', 'deleteTheme', 'group', 'deleteGroup', 'merge', 'split', 'sort', 'sort', 'unplace', 'move',
  'subgroup', 'deleteSubgroup', 'intoSubgroup', 'intoSubgroup', 'quote', 'quote', 'removeQuote', 'text', 'recontext',
] as const;
const op = fc.record({ kind: fc.constantFrom(...ops), a: fc.nat(50), b: fc.nat(50), c: fc.nat(400), d: fc.nat(400), yes: fc.boolean() });

type Op = { kind: (typeof ops)[number]; a: number; b: number; c: number; d: number; yes: boolean };

function pick<T>(list: readonly T[], i: number): T | undefined {
  return list.length ? list[i % list.length] : undefined;
}

/** Runs one random change on the rows; refusals (StcError) are fine, anything else is a bug. */
function plan(rows: StcRows, o: Op, ctx: ReturnType<typeof world>['ctx']): Planned<unknown> | null {
  const id = (list: readonly { id: string }[], i: number) => pick(list, i)?.id ?? 'none';
  const unit = pick(rows.meaningUnits, o.a);
  const group = pick(rows.codeGroups, o.b);
  const confirmQuotes = o.yes;
  switch (o.kind) {
    case 'unit': return planAddMeaningUnit(rows, { sourceId: id(rows.sources, o.a), start: Math.min(o.c, o.d), end: Math.max(o.c, o.d), authorId }, ctx);
    case 'resize': return unit ? planResizeMeaningUnit(rows, { id: unit.id, start: Math.min(o.c, o.d), end: Math.max(o.c, o.d), confirmQuotes }, ctx) : null;
    case 'deleteUnit': return unit ? planDeleteMeaningUnit(rows, { id: unit.id, confirmQuotes }) : null;
    case 'theme': return planAddPreliminaryTheme(rows, { name: `Tema ${o.a}`, authorId }, ctx);
    case 'deleteTheme': return rows.preliminaryThemes.length ? planDeletePreliminaryTheme(rows, { id: id(rows.preliminaryThemes, o.a) }, ctx) : null;
    case 'group': return planCreateCodeGroup(rows, { name: `Gruppe ${o.a}`, themeIds: rows.preliminaryThemes.slice(0, o.b % 3).map((t) => t.id), authorId }, ctx);
    case 'deleteGroup': return group ? planDeleteCodeGroup(rows, { id: group.id, confirmQuotes }) : null;
    case 'merge': return group ? planMergeCodeGroups(rows, { fromId: group.id, intoId: id(rows.codeGroups, o.a), confirmQuotes }, ctx) : null;
    case 'split': {
      if (!group) return null;
      const unitIds = rows.placements.filter((p) => p.codeGroupId === group.id && (p.id.length + o.c) % 2 === 0).map((p) => p.meaningUnitId);
      const subgroupIds = rows.subgroups.filter((s) => s.codeGroupId === group.id && o.d % 2 === 0).map((s) => s.id);
      return planSplitCodeGroup(rows, { codeGroupId: group.id, name: 'Delt', unitIds, subgroupIds, authorId, confirmQuotes }, ctx);
    }
    case 'sort': return group ? sortIntoCodeGroups(rows, { unitIds: rows.meaningUnits.filter((_, i) => (i + o.a) % 3 === 0).map((u) => u.id), codeGroupId: group.id }, ctx) : null;
    case 'unplace': {
      const p = pick(rows.placements, o.a);
      return p ? planUnplace(rows, { meaningUnitId: p.meaningUnitId, codeGroupId: p.codeGroupId, confirmQuotes }) : null;
    }
    case 'move': {
      const p = pick(rows.placements, o.a);
      return p ? planMoveToCodeGroup(rows, { meaningUnitId: p.meaningUnitId, fromGroupId: p.codeGroupId, toGroupId: id(rows.codeGroups, o.b), confirmQuotes }, ctx) : null;
    }
    case 'subgroup': return group ? planCreateSubgroup(rows, { codeGroupId: group.id, name: `Under ${o.a}`, authorId }, ctx) : null;
    case 'deleteSubgroup': return rows.subgroups.length ? planDeleteSubgroup(rows, { id: id(rows.subgroups, o.a), confirmQuotes }, ctx) : null;
    case 'intoSubgroup': {
      const sub = pick(rows.subgroups, o.a);
      return sub ? planSortIntoSubgroup(rows, { codeGroupId: sub.codeGroupId, subgroupId: o.c % 5 === 0 ? null : sub.id, unitIds: unit ? [unit.id] : [], confirmQuotes }, ctx) : null;
    }
    case 'quote': {
      const p = pick(rows.placements.filter((x) => x.subgroupId !== null), o.a);
      const u = p && rows.meaningUnits.find((m) => m.id === p.meaningUnitId);
      if (!p || !u) return null;
      const start = u.start + (o.c % (u.end - u.start));
      return planAddGoldenQuote(rows, { subgroupId: p.subgroupId!, meaningUnitId: u.id, start, end: Math.min(u.end, start + 1 + (o.d % 20)), authorId }, ctx);
    }
    case 'removeQuote': return rows.goldenQuotes.length ? planRemoveGoldenQuote(rows, { id: id(rows.goldenQuotes, o.a) }) : null;
    case 'text': return group ? planWriteAnalyticText(rows, { codeGroupId: group.id, heading: `Overskrift ${o.c}`, authorId }, ctx) : null;
    case 'recontext': return group ? planToggleRecontextualised(rows, { codeGroupId: group.id, sourceId: id(rows.sources, o.a), authorId }, ctx) : null;
    default: return null;
  }
}

const stats = { asked: 0, quotes: 0 };
describe('random sequences of STC changes', () => {
  it('starting from a worked analysis, never leave a dangling reference, and an answer that asks writes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (sequence) => {
        const { w } = analysed();
        let rows = w.rows;
        for (const o of sequence) {
          let planned: Planned<unknown> | null;
          try {
            planned = plan(rows, o, w.ctx);
          } catch (error) {
            if (error instanceof StcError) continue;
            throw error;
          }
          if (!planned) continue;
          const value = planned.value as { status?: string };
          if (value?.status === 'confirm') {
            expect(planned.writes).toEqual([]);
            stats.asked += 1;
          }
          stats.quotes += planned.writes.filter((x) => x.op === 'put' && x.table === 'goldenQuotes').length;
          rows = applyToRows(rows, planned.writes);
          expect(danglingReferences(rows)).toEqual([]);
        }
                // The reads stay total over whatever the sequence built.
        codeGroupCounts(rows);
        for (const t of rows.analyticTexts) expect(trail(rows, t.id)).not.toBeNull();
        for (const u of rows.meaningUnits) expect(trailFrom(rows, u.id)!.uses.length).toBe(rows.placements.filter((p) => p.meaningUnitId === u.id).length);
      }),
      { numRuns: 300 },
    );
    // The sequences must reach the interesting cases, or the property proves little.
    expect(stats.asked).toBeGreaterThan(50);
    expect(stats.quotes).toBeGreaterThan(100);
  });
});
