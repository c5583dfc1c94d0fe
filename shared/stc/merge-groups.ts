import type { CodeGroup, GoldenQuote, Id, Placement, PlanContext, Planned, Write } from '../model';
import { codeGroupOrMissing, hasWriting, sameGroup } from './code-groups';
import { needsConfirmation, type Confirmable } from './confirmation';
import { deleteQuoteWrites, orphanedQuotes } from './orphans';
import type { StcRows } from './rows';

export interface GroupsMerged {
  group: CodeGroup;
  /** Units that sat in both groups and now sit once. */
  collapsed: number;
  quotes: GoldenQuote[];
}

/**
 * Merges code group `fromId` into `intoId`: its meaning units move (a unit in both sits there once,
 * keeping the into-group's subgroup, or taking the from-group's when it had none), its subgroups
 * with their condensates and golden quotes move along, its preliminary themes join, and it goes.
 * Its analytic text moves when the into-group has none. Asks first (`confirmQuotes`) when a golden
 * quote would lose its footing (a unit both groups sorted into different subgroups) or a written
 * analytic text would go.
 */
export function planMergeCodeGroups(
  rows: Pick<StcRows, 'projectId' | 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes' | 'analyticTexts'>,
  input: { fromId: Id; intoId: Id; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<GroupsMerged>> {
  if (input.fromId === input.intoId) throw sameGroup();
  const from = codeGroupOrMissing(rows, input.fromId);
  const into = codeGroupOrMissing(rows, input.intoId);
  const { projectId } = rows;
  const intoByUnit = new Map(rows.placements.filter((p) => p.codeGroupId === into.id).map((p) => [p.meaningUnitId, p]));
  const patches = new Map<Id, Partial<Placement>>();
  const dropped = new Set<Id>();
  for (const p of rows.placements.filter((p) => p.codeGroupId === from.id)) {
    const twin = intoByUnit.get(p.meaningUnitId);
    if (!twin) patches.set(p.id, { codeGroupId: into.id });
    else {
      dropped.add(p.id);
      if (twin.subgroupId === null && p.subgroupId !== null) patches.set(twin.id, { subgroupId: p.subgroupId });
    }
  }
  const after = rows.placements.filter((p) => !dropped.has(p.id)).map((p) => ({ ...p, ...patches.get(p.id) }));
  const lost = orphanedQuotes(rows, { placements: after });
  const fromText = rows.analyticTexts.find((t) => t.codeGroupId === from.id);
  const intoText = rows.analyticTexts.find((t) => t.codeGroupId === into.id);
  const textGoes = fromText && intoText ? fromText : undefined;
  const askText = textGoes && hasWriting(textGoes) ? [textGoes] : [];
  if ((lost.length > 0 || askText.length > 0) && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost, askText) };

  const writes: Write[] = [...deleteQuoteWrites(projectId, lost)];
  for (const id of dropped) writes.push({ op: 'delete', table: 'placements', projectId, key: id });
  for (const [key, patch] of patches) writes.push({ op: 'update', table: 'placements', projectId, key, patch: { ...patch, updatedAt: at.now } });
  let order = rows.subgroups.filter((s) => s.codeGroupId === into.id).reduce((max, s) => Math.max(max, s.order + 1), 0);
  for (const s of rows.subgroups.filter((s) => s.codeGroupId === from.id).sort((a, b) => a.order - b.order)) {
    writes.push({ op: 'update', table: 'subgroups', projectId, key: s.id, patch: { codeGroupId: into.id, order: order++, updatedAt: at.now } });
  }
  if (textGoes) writes.push({ op: 'delete', table: 'analyticTexts', projectId, key: textGoes.id });
  else if (fromText) writes.push({ op: 'update', table: 'analyticTexts', projectId, key: fromText.id, patch: { codeGroupId: into.id, updatedAt: at.now } });
  const groupPatch = { themeIds: [...new Set([...into.themeIds, ...from.themeIds])], updatedAt: at.now };
  writes.push({ op: 'update', table: 'codeGroups', projectId, key: into.id, patch: groupPatch });
  writes.push({ op: 'delete', table: 'codeGroups', projectId, key: from.id });
  return { writes, value: { status: 'done', value: { group: { ...into, ...groupPatch }, collapsed: dropped.size, quotes: lost } } };
}
