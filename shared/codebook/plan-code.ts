import type { Code, Id, PlanContext, Planned, ThemeCode, Write } from '../model';
import { detachFromCodings, goneCodings, type TakenFromCodings } from '../coding/coding-gone';
import { canMove, descendantIds, nextOrder, shownParentId, siblings } from './tree';
import { fallbackColour } from './palette';
import { cleanCodeName, codeMissing, CodebookError, maxPinnedCodes, pinLimit, type CodeFields } from './codebook-error';

/**
 * Plans of the codebook's own commands (create, edit, move, delete a code): the project's codes
 * in, plain writes out (shared/model/write.ts). The store reads, calls these, and applies.
 */

/** Orders 0, 1, 2… for a list of siblings (only codes whose order changes get a write). */
export function renumber(list: Code[], skip?: Id): Write[] {
  return list.flatMap((code, order): Write[] =>
    code.order === order || code.id === skip
      ? []
      : [{ op: 'update', table: 'codes', projectId: code.projectId, key: code.id, patch: { order } }],
  );
}

/** A code with every field empty, to be named by the caller. */
export function blankCode(projectId: Id, parentId: Id | null, order: number, color: string, at: PlanContext): Code {
  return {
    id: at.newId(),
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
    createdAt: at.now,
    updatedAt: at.now,
  };
}

export interface CreateCodeInput {
  projectId: Id;
  /** null: the top level. */
  parentId: Id | null;
  fields: Partial<CodeFields> & { name: string };
}

/** A new code at the end of its parent's sub-codes, with the next colour of the palette. */
export function planCreateCode(codes: Code[], input: CreateCodeInput, at: PlanContext): Planned<Code> {
  const name = cleanCodeName(input.fields.name);
  const { projectId, parentId } = input;
  if (parentId !== null && !codes.some((c) => c.id === parentId)) throw codeMissing();
  if (input.fields.pinned && codes.filter((c) => c.pinned).length >= maxPinnedCodes) throw pinLimit();
  const code: Code = {
    ...blankCode(projectId, parentId, nextOrder(siblings(codes, parentId)), fallbackColour(codes.length), at),
    ...input.fields,
    name,
  };
  return { writes: [{ op: 'put', table: 'codes', projectId, row: code }], value: code };
}

export interface UpdateCodeInput {
  id: Id;
  patch: Partial<CodeFields>;
}

/** The edited fields as stored (the name cleaned); refused when the name is empty. */
export function cleanCodePatch(patch: Partial<CodeFields>): Partial<CodeFields> {
  const clean: Partial<CodeFields> = { ...patch };
  if (patch.name !== undefined) clean.name = cleanCodeName(patch.name);
  return clean;
}

/** An edit of a code's fields; no writes when nothing changes. `codes`: the project's codes. */
export function planUpdateCode(codes: Code[], input: UpdateCodeInput, at: PlanContext): Planned<Code> {
  const clean = cleanCodePatch(input.patch);
  const code = codes.find((c) => c.id === input.id);
  if (!code) throw codeMissing();
  const changed = (Object.keys(clean) as (keyof CodeFields)[]).some((k) => clean[k] !== code[k]);
  if (!changed) return { writes: [], value: code };
  if (clean.pinned && !code.pinned && codes.filter((c) => c.pinned).length >= maxPinnedCodes) throw pinLimit();
  const patch = { ...clean, updatedAt: at.now };
  return {
    writes: [{ op: 'update', table: 'codes', projectId: code.projectId, key: code.id, patch }],
    value: { ...code, ...patch },
  };
}

export interface MoveCodeInput {
  id: Id;
  /** null: to the top level. */
  parentId: Id | null;
  /** Position among the new siblings (clamped). */
  index: number;
}

/**
 * A code moved under another to a position among its new siblings, the old and the new siblings
 * renumbered. Refused when the new parent is the code itself or one of its sub-codes.
 */
export function planMoveCode(codes: Code[], input: MoveCodeInput, at: PlanContext): Planned<Code> {
  const { id, parentId: newParentId } = input;
  const code = codes.find((c) => c.id === id);
  if (!code) throw codeMissing();
  if (!canMove(codes, id, newParentId)) {
    throw new CodebookError('cycle', 'A code cannot be moved under itself or one of its own sub-codes.');
  }
  const oldParentId = shownParentId(codes, code);
  const target = siblings(codes, newParentId, id);
  const index = Math.max(0, Math.min(Math.trunc(input.index), target.length));
  if (oldParentId === newParentId && siblings(codes, newParentId).findIndex((c) => c.id === id) === index) {
    return { writes: [], value: code };
  }
  const moved: Code = { ...code, parentId: newParentId, order: index, updatedAt: at.now };
  const writes: Write[] = [
    {
      op: 'update',
      table: 'codes',
      projectId: code.projectId,
      key: id,
      patch: { parentId: newParentId, order: index, updatedAt: at.now },
    },
    ...renumber([...target.slice(0, index), moved, ...target.slice(index)], id),
    ...(oldParentId !== newParentId ? renumber(siblings(codes, oldParentId, id)) : []),
  ];
  return { writes, value: moved };
}

export interface CodeImpact {
  /** The code and its sub-codes at any depth. */
  codes: number;
  codings: number;
  /** Memos on those codes and on their codings. */
  memos: number;
  /** Themes (thematic analysis) that lose one of those codes. */
  themes: number;
}

/** What deleting a code takes with it: the rows the store found for `codesToDelete`. */
export interface DeleteCodeRows extends TakenFromCodings {
  codes: Code[];
  /** Ids of the codings of the code and its sub-codes. */
  codingIds: Id[];
  /** Ids of the memos on those codes and codings. */
  memoIds: Id[];
  /** The theme-code rows of the code and its sub-codes. */
  themeCodes: ThemeCode[];
  // meaningUnits, themeQuotes (TakenFromCodings): those taken from the codings that go; they stay.
}

/** The code and its sub-codes, the codes whose codings and memos a deletion must read. */
export function codesToDelete(codes: Code[], id: Id): Id[] {
  return [...descendantIds(codes, id)];
}

/**
 * Deletes a code with its sub-codes, all their codings and the memos on any of them, and takes
 * the codes out of every theme. Meaning units and theme quotes taken from the codings stay, with
 * their own offsets, no longer naming a coding.
 */
export function planDeleteCode(rows: DeleteCodeRows, input: { id: Id }, at: Pick<PlanContext, 'now'>): Planned<CodeImpact> {
  const { codes, codingIds, memoIds } = rows;
  const code = codes.find((c) => c.id === input.id);
  if (!code) throw codeMissing();
  const projectId = code.projectId;
  const ids = codesToDelete(codes, code.id);
  const gone = new Set(ids);
  const themeCodes = rows.themeCodes.filter((tc) => gone.has(tc.codeId));
  const writes: Write[] = [
    ...detachFromCodings(rows, goneCodings(codingIds), at.now),
    ...themeCodes.map((tc): Write => ({ op: 'delete', table: 'themeCodes', projectId, key: tc.id })),
    ...memoIds.map((key): Write => ({ op: 'delete', table: 'memos', projectId, key })),
    ...codingIds.map((key): Write => ({ op: 'delete', table: 'codings', projectId, key })),
    // Sub-codes before their parents, so no stored code ever points at a deleted parent.
    ...[...ids].reverse().map((key): Write => ({ op: 'delete', table: 'codes', projectId, key })),
    ...renumber(siblings(codes, shownParentId(codes, code), code.id)),
  ];
  const themes = new Set(themeCodes.map((tc) => tc.themeId)).size;
  return { writes, value: { codes: ids.length, codings: codingIds.length, memos: memoIds.length, themes } };
}
