import type { Code, Id, Memo } from '../../../shared/model';
import { canMove, compareSiblings, descendantIds } from '../../../shared/codebook/tree';
import { passageKey, planMerge } from '../../../shared/codebook/merge';
import { planSplit } from '../../../shared/codebook/split';
import { fallbackColour } from '../../../shared/codebook/palette';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { newId, nowIso } from '../ids';
import { appendMemoContent } from './memo-content';
import type { Write } from '../../../shared/model';
import { applyWrites } from '../history/apply-writes';

/**
 * Codebook commands. Each is one undoable step (one transaction, see History.run). They read
 * everything first, plan the writes as plain data, and write last.
 */

/** Number keys 1–9 and 0 code with pinned codes, so there can be at most ten. */
export const maxPinnedCodes = 10;

/** The fields a person edits in the codebook. */
export type CodeFields = Pick<
  Code,
  'name' | 'shortName' | 'color' | 'definition' | 'inclusion' | 'exclusion' | 'typicalExample' | 'atypicalExample' | 'pinned'
>;

export type CodebookProblem = 'name-required' | 'pin-limit' | 'cycle' | 'missing' | 'same-code' | 'nothing-chosen';

/** A refused codebook change, with a reason the UI can put in words. */
export class CodebookError extends Error {
  constructor(
    readonly problem: CodebookProblem,
    message: string,
  ) {
    super(message);
    this.name = 'CodebookError';
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new CodebookError('name-required', 'A code needs a name.');
  return trimmed;
}

function missing(): CodebookError {
  return new CodebookError('missing', 'The code is gone (deleted or merged in the meantime).');
}

function pinLimit(): CodebookError {
  return new CodebookError('pin-limit', `At most ${maxPinnedCodes} codes can be pinned.`);
}

/** The code's parent as the tree shows it: null at the top level or when the parent is missing. */
function parentIn(codes: Code[], code: Code): Id | null {
  const { parentId } = code;
  return parentId !== null && parentId !== code.id && codes.some((c) => c.id === parentId) ? parentId : null;
}

/** The children of a parent (null: the top level), in codebook order. */
export function siblings(codes: Code[], parentId: Id | null, except?: Id): Code[] {
  return codes.filter((c) => parentIn(codes, c) === parentId && c.id !== except).sort(compareSiblings);
}

/** Orders 0, 1, 2… for a list of siblings (only codes whose order changes get a write). */
function renumber(list: Code[], skip?: Id): Write[] {
  return list.flatMap((code, order) =>
    code.order === order || code.id === skip ? [] : [{ op: 'update', table: 'codes', projectId: code.projectId, key: code.id, patch: { order } } satisfies Write],
  );
}

/** The order after the last of these siblings. */
export function nextOrder(list: Code[]): number {
  return list.reduce((max, c) => Math.max(max, c.order + 1), 0);
}

function blankCode(projectId: Id, parentId: Id | null, order: number, color: string, now: string): Code {
  return {
    id: newId(),
    projectId,
    parentId,
    order,
    name: '',
    shortName: '',
    color,
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Creates a code at the end of its parent's sub-codes (parentId null: top level). */
export async function createCode(
  db: KodebokDb,
  history: History,
  projectId: Id,
  parentId: Id | null,
  fields: Partial<CodeFields> & { name: string },
): Promise<Code> {
  const name = cleanName(fields.name);
  return history.run({ key: 'createCode', values: { code: name } }, async (rec) => {
    const codes = await db.codes.where('projectId').equals(projectId).toArray();
    if (parentId !== null && !codes.some((c) => c.id === parentId)) throw missing();
    if (fields.pinned && codes.filter((c) => c.pinned).length >= maxPinnedCodes) throw pinLimit();
    const code: Code = {
      ...blankCode(projectId, parentId, nextOrder(siblings(codes, parentId)), fallbackColour(codes.length), nowIso()),
      ...fields,
      name,
    };
    return rec.put<Code>('codes', code);
  });
}

/**
 * Edits a code's name, short name, colour, criteria or pin. Edits of the same fields of the same
 * code in quick succession (typing in the definition, saved as you go) become one undo step.
 */
export async function updateCode(db: KodebokDb, history: History, id: Id, patch: Partial<CodeFields>): Promise<Code> {
  const clean: Partial<CodeFields> = { ...patch };
  if (patch.name !== undefined) clean.name = cleanName(patch.name);
  const current = await db.codes.get(id);
  if (!current) throw missing();
  return history.run(
    { key: 'updateCode', values: { code: clean.name ?? current.name } },
    async (rec) => {
      const code = await db.codes.get(id);
      if (!code) throw missing();
      const changed = (Object.keys(clean) as (keyof CodeFields)[]).some((k) => clean[k] !== code[k]);
      if (!changed) return code;
      if (clean.pinned && !code.pinned) {
        const pinned = await db.codes
          .where('projectId')
          .equals(code.projectId)
          .filter((c) => c.pinned)
          .count();
        if (pinned >= maxPinnedCodes) throw pinLimit();
      }
      return rec.update<Code>('codes', id, { ...clean, updatedAt: nowIso() });
    },
    { coalesceKey: `code:${id}:${Object.keys(clean).sort().join(',')}` },
  );
}

/**
 * Moves a code under another (null: to the top level) to a position among its new siblings, and
 * renumbers the old and the new siblings. Refused when the new parent is the code itself or one of
 * its sub-codes.
 */
export async function moveCode(db: KodebokDb, history: History, id: Id, newParentId: Id | null, index: number): Promise<Code> {
  const current = await db.codes.get(id);
  if (!current) throw missing();
  return history.run({ key: 'moveCode', values: { code: current.name } }, async (rec) => {
    const code = await db.codes.get(id);
    if (!code) throw missing();
    const codes = await db.codes.where('projectId').equals(code.projectId).toArray();
    if (!canMove(codes, id, newParentId)) {
      throw new CodebookError('cycle', 'A code cannot be moved under itself or one of its own sub-codes.');
    }
    const oldParentId = parentIn(codes, code);
    const target = siblings(codes, newParentId, id);
    const at = Math.max(0, Math.min(Math.trunc(index), target.length));
    if (oldParentId === newParentId && siblings(codes, newParentId).findIndex((c) => c.id === id) === at) return code;
    const moved: Code = { ...code, parentId: newParentId, order: at, updatedAt: nowIso() };
    const writes: Write[] = [
      { op: 'update', table: 'codes', projectId: code.projectId, key: id, patch: { parentId: newParentId, order: at, updatedAt: moved.updatedAt } },
      ...renumber([...target.slice(0, at), moved, ...target.slice(at)], id),
      ...(oldParentId !== newParentId ? renumber(siblings(codes, oldParentId, id)) : []),
    ];
    await applyWrites(rec, writes);
    return moved;
  });
}

export interface CodeImpact {
  /** The code and its sub-codes at any depth. */
  codes: number;
  codings: number;
  /** Memos on those codes and on their codings. */
  memos: number;
}

async function impactRows(db: KodebokDb, code: Code) {
  const codes = await db.codes.where('projectId').equals(code.projectId).toArray();
  const ids = [...descendantIds(codes, code.id)];
  const codingIds = (await db.codings.where('codeId').anyOf(ids).primaryKeys()) as Id[];
  const memos = await db.memos
    .where('[targetKind+targetId]')
    .anyOf([...ids.map((i) => ['code', i]), ...codingIds.map((i) => ['coding', i])])
    .primaryKeys();
  return { codes, ids, codingIds, memoIds: memos as Id[] };
}

/** What deleting a code would take with it: said in the confirmation before anything goes. */
export async function deletionImpact(db: KodebokDb, id: Id): Promise<CodeImpact> {
  const code = await db.codes.get(id);
  if (!code) return { codes: 0, codings: 0, memos: 0 };
  const rows = await impactRows(db, code);
  return { codes: rows.ids.length, codings: rows.codingIds.length, memos: rows.memoIds.length };
}

/** Deletes a code with its sub-codes, all their codings and the memos on any of them: one step. */
export async function deleteCode(db: KodebokDb, history: History, id: Id): Promise<CodeImpact> {
  const current = await db.codes.get(id);
  if (!current) throw missing();
  return history.run({ key: 'deleteCode', values: { code: current.name } }, async (rec) => {
    const code = await db.codes.get(id);
    if (!code) throw missing();
    const { codes, ids, codingIds, memoIds } = await impactRows(db, code);
    const writes: Write[] = [
      ...memoIds.map((key): Write => ({ op: 'delete', table: 'memos', projectId: code.projectId, key })),
      ...codingIds.map((key): Write => ({ op: 'delete', table: 'codings', projectId: code.projectId, key })),
      // Sub-codes before their parents, so no stored code ever points at a deleted parent.
      ...[...ids].reverse().map((key): Write => ({ op: 'delete', table: 'codes', projectId: code.projectId, key })),
      ...renumber(siblings(codes, parentIn(codes, code), id)),
    ];
    await applyWrites(rec, writes);
    return { codes: ids.length, codings: codingIds.length, memos: memoIds.length };
  });
}

export interface MergeResult {
  moved: number;
  /** Codings dropped because `into` already had the very same passage by the same coder. */
  duplicates: number;
}


/**
 * Writes that carry `memo` onto a target: moved there if the target has no memo, else appended to
 * the memo already there (with a heading naming where it came from). `existing` is updated in the
 * map so a second memo carried onto the same target appends after the first.
 */
function carryMemo(memo: Memo, target: { kind: Memo['targetKind']; id: Id }, memos: Map<string, Memo>, heading: string, now: string): Write[] {
  const targetKey = `${target.kind}\u0000${target.id}`;
  const existing = memos.get(targetKey);
  if (!existing) {
    memos.set(targetKey, { ...memo, targetKind: target.kind, targetId: target.id });
    return [{ op: 'update', table: 'memos', projectId: memo.projectId, key: memo.id, patch: { targetKind: target.kind, targetId: target.id, updatedAt: now } }];
  }
  const joined = appendMemoContent(existing, memo, heading);
  memos.set(targetKey, { ...existing, ...joined });
  return [
    { op: 'update', table: 'memos', projectId: memo.projectId, key: existing.id, patch: { ...joined, updatedAt: now } },
    { op: 'delete', table: 'memos', projectId: memo.projectId, key: memo.id },
  ];
}

/**
 * Merges code `fromId` into `intoId`: its codings move (a coding of a passage `into` already has,
 * by the same coder, is removed and its memo kept on the surviving coding), its sub-codes move
 * under `into`, its memo is appended to `into`'s memo, and the code is deleted. One undoable step.
 * Merging a code into one of its own sub-codes lets the sub-code take the code's place first.
 */
export async function mergeCodes(
  db: KodebokDb,
  history: History,
  fromId: Id,
  intoId: Id,
  options: { memoHeading?: (fromName: string) => string } = {},
): Promise<MergeResult> {
  if (fromId === intoId) throw new CodebookError('same-code', 'A code cannot be merged into itself.');
  const [fromNow, intoNow] = [await db.codes.get(fromId), await db.codes.get(intoId)];
  if (!fromNow || !intoNow) throw missing();
  return history.run({ key: 'mergeCodes', values: { from: fromNow.name, into: intoNow.name } }, async (rec) => {
    const from = await db.codes.get(fromId);
    const into = await db.codes.get(intoId);
    if (!from || !into) throw missing();
    const codes = await db.codes.where('projectId').equals(from.projectId).toArray();
    const codings = await db.codings.where('codeId').anyOf([fromId, intoId]).toArray();
    const memoList = await db.memos
      .where('[targetKind+targetId]')
      .anyOf([['code', fromId], ['code', intoId], ...codings.map((c) => ['coding', c.id])])
      .toArray();

    const now = nowIso();
    const heading = options.memoHeading?.(from.name) ?? `— ${from.name} —`;
    const writes: Write[] = [];
    const placed = new Map(codes.map((c) => [c.id, c]));
    const place = (id: Id, patch: Partial<Code>) => {
      writes.push({ op: 'update', table: 'codes', projectId: from.projectId, key: id, patch });
      placed.set(id, { ...placed.get(id)!, ...patch });
    };

    if (descendantIds(codes, fromId).has(intoId)) place(intoId, { parentId: from.parentId, order: from.order, updatedAt: now });
    let order = nextOrder(siblings([...placed.values()], intoId));
    for (const child of siblings([...placed.values()], fromId, intoId)) place(child.id, { parentId: intoId, order: order++ });

    const plan = planMerge(codings, fromId, intoId);
    for (const c of plan.moved) writes.push({ op: 'update', table: 'codings', projectId: from.projectId, key: c.id, patch: { codeId: intoId, updatedAt: now } });

    const memos = new Map(memoList.map((m) => [`${m.targetKind}\u0000${m.targetId}`, m]));
    const memoOn = (kind: Memo['targetKind'], id: Id) => memos.get(`${kind}\u0000${id}`);
    const survivors = new Map<string, Id>();
    for (const c of codings) if (c.codeId === intoId) survivors.set(passageKey(c), c.id);
    for (const c of plan.moved) if (!survivors.has(passageKey(c))) survivors.set(passageKey(c), c.id);
    for (const id of plan.removed) {
      const removed = codings.find((c) => c.id === id)!;
      const memo = memoOn('coding', id);
      const survivor = survivors.get(passageKey(removed));
      if (memo && survivor) {
        memos.delete(`coding\u0000${id}`);
        writes.push(...carryMemo(memo, { kind: 'coding', id: survivor }, memos, heading, now));
      }
      writes.push({ op: 'delete', table: 'codings', projectId: from.projectId, key: id });
    }
    const fromMemo = memoOn('code', fromId);
    if (fromMemo) {
      memos.delete(`code\u0000${fromId}`);
      writes.push(...carryMemo(fromMemo, { kind: 'code', id: intoId }, memos, heading, now));
    }

    writes.push({ op: 'delete', table: 'codes', projectId: from.projectId, key: fromId });
    placed.delete(fromId);
    writes.push(...renumber(siblings([...placed.values()], parentIn(codes, from))));
    await applyWrites(rec, writes);
    return { moved: plan.moved.length, duplicates: plan.removed.length };
  });
}

/**
 * Splits a code: the chosen codings move to a new code placed right after it among its siblings,
 * with the next colour of the palette. Refused when no coding is chosen.
 */
export async function splitCode(
  db: KodebokDb,
  history: History,
  codeId: Id,
  chosenCodingIds: Iterable<Id>,
  newName: string,
): Promise<Code> {
  const name = cleanName(newName);
  const chosen = new Set(chosenCodingIds);
  if (chosen.size === 0) throw new CodebookError('nothing-chosen', 'Choose the codings that go to the new code.');
  return history.run({ key: 'splitCode', values: { code: name } }, async (rec) => {
    const code = await db.codes.get(codeId);
    if (!code) throw missing();
    const codes = await db.codes.where('projectId').equals(code.projectId).toArray();
    const codings = await db.codings.where('codeId').equals(codeId).toArray();
    const now = nowIso();
    const parentId = parentIn(codes, code);
    const list = siblings(codes, parentId);
    const at = list.findIndex((c) => c.id === codeId) + 1;
    const created: Code = { ...blankCode(code.projectId, parentId, at, fallbackColour(codes.length), now), name };
    const writes: Write[] = [
      { op: 'put', table: 'codes', projectId: code.projectId, row: created },
      ...renumber([...list.slice(0, at), created, ...list.slice(at)], created.id),
      ...planSplit(codings, codeId, chosen, created.id).map(
        (c): Write => ({ op: 'update', table: 'codings', projectId: code.projectId, key: c.id, patch: { codeId: created.id, updatedAt: now } }),
      ),
    ];
    await applyWrites(rec, writes);
    return created;
  });
}
