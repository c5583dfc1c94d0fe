import type { Coding, Id, Memo, PlanContext, Planned, Write } from '../model';
import { detachFromCodings, goneCodings, type TakenFromCodings } from './coding-gone';

/**
 * Plans of the coding commands (add, remove, resize, recode): the rows the store read in, plain
 * writes out (shared/model/write.ts).
 */

export interface NewCoding {
  /** Given when the view already shows the coding under this id (drawn before it is stored). */
  id?: Id;
  projectId: Id;
  sourceId: Id;
  codeId: Id;
  coderId: Id;
  start: number;
  end: number;
}

/** A coding covers at least one character: whole, non-negative offsets, end after start. */
export function checkCodingRange(start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) {
    throw new RangeError(`A coding needs a non-empty range, got ${start}–${end}.`);
  }
}

/** The coding this coder already made of exactly this text with this code, if any. */
export function sameCoding(codings: Coding[], input: NewCoding): Coding | undefined {
  return codings.find(
    (c) =>
      c.sourceId === input.sourceId &&
      c.codeId === input.codeId &&
      c.coderId === input.coderId &&
      c.start === input.start &&
      c.end === input.end,
  );
}

/**
 * Codes a segment. Coding the very same text with the same code by the same coder again changes
 * nothing: the existing coding is the value. `codings`: those of this code in this source.
 */
export function planAddCoding(codings: Coding[], input: NewCoding, at: PlanContext): Planned<Coding> {
  checkCodingRange(input.start, input.end);
  const same = sameCoding(codings, input);
  if (same) return { writes: [], value: same };
  const coding: Coding = { ...input, id: input.id ?? at.newId(), authorId: input.coderId, createdAt: at.now, updatedAt: at.now };
  return { writes: [{ op: 'put', table: 'codings', projectId: input.projectId, row: coding }], value: coding };
}

/**
 * Removes codings and the memos written on them (memos first). Rows already gone are skipped.
 * Meaning units and theme quotes taken from them stay, no longer naming them (detachFromCodings).
 */
export function planRemoveCodings(rows: { codings: Coding[]; memos: Memo[] } & TakenFromCodings, at: PlanContext): Planned<number> {
  const writes: Write[] = [
    ...detachFromCodings(rows, goneCodings(rows.codings.map((c) => c.id)), at.now),
    ...rows.memos.map((m): Write => ({ op: 'delete', table: 'memos', projectId: m.projectId, key: m.id })),
    ...rows.codings.map((c): Write => ({ op: 'delete', table: 'codings', projectId: c.projectId, key: c.id })),
  ];
  return { writes, value: rows.codings.length };
}

function codingOrGone(coding: Coding | undefined): Coding {
  if (!coding) throw new Error('Nothing to update: the coding is gone.');
  return coding;
}

/** Moves a coding's edges. */
export function planResizeCoding(coding: Coding | undefined, input: { start: number; end: number }, at: PlanContext): Planned<Coding> {
  checkCodingRange(input.start, input.end);
  const { id, projectId } = codingOrGone(coding);
  const patch = { start: input.start, end: input.end, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'codings', projectId, key: id, patch }], value: { ...coding!, ...patch } };
}

/** Gives a coding another code (drag a code onto a highlight, or "change code" in its menu). */
export function planRecodeCoding(coding: Coding | undefined, input: { codeId: Id }, at: PlanContext): Planned<Coding> {
  const { id, projectId } = codingOrGone(coding);
  const patch = { codeId: input.codeId, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'codings', projectId, key: id, patch }], value: { ...coding!, ...patch } };
}
