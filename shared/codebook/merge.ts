import type { Code, Coding, Id, Memo, PlanContext, Planned, ThemeCode, Write } from '../model';
import { detachFromCodings, type TakenFromCodings } from '../coding/coding-gone';
import { appendMemoContent } from '../memos/content';
import { codeMissing, CodebookError } from './codebook-error';
import { renumber } from './plan-code';
import { descendantIds, nextOrder, shownParentId, siblings } from './tree';

/** Same passage, same coder: merging would leave two identical codings, so one goes. */
export function passageKey(c: Coding): string {
  return `${c.sourceId}\u0000${c.coderId}\u0000${c.start}\u0000${c.end}`;
}

/**
 * Merging code `from` into code `into`: every coding of `from` moves to `into`, except those that
 * would duplicate a coding `into` already has (same source, start, end and coder) or one moved
 * before it; those are removed. Codings of other codes are untouched. The caller deletes `from`.
 */
export function planMerge(codings: Coding[], fromCodeId: Id, intoCodeId: Id): { moved: Coding[]; removed: Id[] } {
  if (fromCodeId === intoCodeId) return { moved: [], removed: [] };
  const taken = new Set(codings.filter((c) => c.codeId === intoCodeId).map(passageKey));
  const moved: Coding[] = [];
  const removed: Id[] = [];
  for (const coding of codings) {
    if (coding.codeId !== fromCodeId) continue;
    const key = passageKey(coding);
    if (taken.has(key)) {
      removed.push(coding.id);
      continue;
    }
    taken.add(key);
    moved.push({ ...coding, codeId: intoCodeId });
  }
  return { moved, removed };
}

export interface MergeResult {
  moved: number;
  /** Codings dropped because `into` already had the very same passage by the same coder. */
  duplicates: number;
}

/**
 * What merging reads: the project's codes, the codings of both codes, the memos on both and on
 * those codings, the theme-code rows of both codes, and the meaning units and theme quotes taken
 * from the codings of `from` (a removed duplicate hands them to the coding that stays).
 */
export interface MergeRows extends TakenFromCodings {
  codes: Code[];
  codings: Coding[];
  memos: Memo[];
  themeCodes: ThemeCode[];
}

export interface MergeInput {
  fromId: Id;
  intoId: Id;
  /** The line above a memo carried onto another (names the merged code). */
  memoHeading: string;
}

/**
 * Writes that carry `memo` onto a target: moved there if the target has no memo, else appended to
 * the memo already there (with a heading naming where it came from). The map is updated so a
 * second memo carried onto the same target appends after the first.
 */
function carryMemo(memo: Memo, target: { kind: Memo['targetKind']; id: Id }, memos: Map<string, Memo>, heading: string, now: string): Write[] {
  const targetKey = `${target.kind}\u0000${target.id}`;
  const existing = memos.get(targetKey);
  const projectId = memo.projectId;
  if (!existing) {
    memos.set(targetKey, { ...memo, targetKind: target.kind, targetId: target.id });
    return [{ op: 'update', table: 'memos', projectId, key: memo.id, patch: { targetKind: target.kind, targetId: target.id, updatedAt: now } }];
  }
  const joined = appendMemoContent(existing, memo, heading);
  memos.set(targetKey, { ...existing, ...joined });
  return [
    { op: 'update', table: 'memos', projectId, key: existing.id, patch: { ...joined, updatedAt: now } },
    { op: 'delete', table: 'memos', projectId, key: memo.id },
  ];
}

/**
 * Merges code `fromId` into `intoId`: its codings move (a coding of a passage `into` already has,
 * by the same coder, is removed and its memo kept on the surviving coding), its sub-codes move
 * under `into`, its memo is appended to `into`'s memo, and the code is deleted. Merging a code into
 * one of its own sub-codes lets the sub-code take the code's place first.
 */
export function planMergeCodes(rows: MergeRows, input: MergeInput, at: PlanContext): Planned<MergeResult> {
  const { fromId, intoId } = input;
  if (fromId === intoId) throw new CodebookError('same-code', 'A code cannot be merged into itself.');
  const { codes, codings } = rows;
  const from = codes.find((c) => c.id === fromId);
  const into = codes.find((c) => c.id === intoId);
  if (!from || !into) throw codeMissing();
  const { projectId } = from;
  const now = at.now;
  const heading = input.memoHeading;
  const writes: Write[] = [];
  const placed = new Map(codes.map((c) => [c.id, c]));
  const place = (id: Id, patch: Partial<Code>) => {
    writes.push({ op: 'update', table: 'codes', projectId, key: id, patch });
    placed.set(id, { ...placed.get(id)!, ...patch });
  };

  if (descendantIds(codes, fromId).has(intoId)) place(intoId, { parentId: from.parentId, order: from.order, updatedAt: now });
  let order = nextOrder(siblings([...placed.values()], intoId));
  for (const child of siblings([...placed.values()], fromId, intoId)) place(child.id, { parentId: intoId, order: order++ });

  const plan = planMerge(codings, fromId, intoId);
  for (const c of plan.moved) writes.push({ op: 'update', table: 'codings', projectId, key: c.id, patch: { codeId: intoId, updatedAt: now } });

  const memos = new Map(rows.memos.map((m) => [`${m.targetKind}\u0000${m.targetId}`, m]));
  const memoOn = (kind: Memo['targetKind'], id: Id) => memos.get(`${kind}\u0000${id}`);
  const survivors = new Map<string, Id>();
  for (const c of codings) if (c.codeId === intoId) survivors.set(passageKey(c), c.id);
  for (const c of plan.moved) if (!survivors.has(passageKey(c))) survivors.set(passageKey(c), c.id);
  const replaced = new Map<Id, Id | null>();
  for (const id of plan.removed) replaced.set(id, survivors.get(passageKey(codings.find((c) => c.id === id)!)) ?? null);
  writes.push(...detachFromCodings(rows, replaced, now));
  // `into` takes `from`'s place in every theme; a theme that had both keeps one row.
  const intoThemes = new Set(rows.themeCodes.filter((tc) => tc.codeId === intoId).map((tc) => tc.themeId));
  for (const tc of rows.themeCodes) {
    if (tc.codeId !== fromId) continue;
    if (intoThemes.has(tc.themeId)) writes.push({ op: 'delete', table: 'themeCodes', projectId, key: tc.id });
    else writes.push({ op: 'update', table: 'themeCodes', projectId, key: tc.id, patch: { codeId: intoId, updatedAt: now } });
    intoThemes.add(tc.themeId);
  }
  for (const id of plan.removed) {
    const removed = codings.find((c) => c.id === id)!;
    const memo = memoOn('coding', id);
    const survivor = survivors.get(passageKey(removed));
    if (memo && survivor) {
      memos.delete(`coding\u0000${id}`);
      writes.push(...carryMemo(memo, { kind: 'coding', id: survivor }, memos, heading, now));
    }
    writes.push({ op: 'delete', table: 'codings', projectId, key: id });
  }
  const fromMemo = memoOn('code', fromId);
  if (fromMemo) {
    memos.delete(`code\u0000${fromId}`);
    writes.push(...carryMemo(fromMemo, { kind: 'code', id: intoId }, memos, heading, now));
  }

  writes.push({ op: 'delete', table: 'codes', projectId, key: fromId });
  placed.delete(fromId);
  writes.push(...renumber(siblings([...placed.values()], shownParentId(codes, from))));
  return { writes, value: { moved: plan.moved.length, duplicates: plan.removed.length } };
}
