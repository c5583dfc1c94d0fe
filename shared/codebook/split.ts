import type { Code, Coding, Id, PlanContext, Planned, Write } from '../model';
import { cleanCodeName, codeMissing, CodebookError } from './codebook-error';
import { fallbackColour } from './palette';
import { blankCode, renumber } from './plan-code';
import { shownParentId, siblings } from './tree';

/**
 * Splitting a code in two: the chosen codings of `codeId` move to the new code, the rest stay.
 * Returns only the codings to update. Chosen ids that belong to other codes are ignored.
 */
export function planSplit(codings: Coding[], codeId: Id, chosen: Set<Id>, newCodeId: Id): Coding[] {
  return codings.filter((c) => c.codeId === codeId && chosen.has(c.id)).map((c) => ({ ...c, codeId: newCodeId }));
}

export interface SplitInput {
  codeId: Id;
  /** The codings that go to the new code. */
  codingIds: Iterable<Id>;
  name: string;
}

/**
 * Splits a code: the chosen codings move to a new code placed right after it among its siblings,
 * with the next colour of the palette. Refused when no coding is chosen. `codings`: the code's own.
 */
export function planSplitCode(rows: { codes: Code[]; codings: Coding[] }, input: SplitInput, at: PlanContext): Planned<Code> {
  const name = cleanCodeName(input.name);
  const chosen = new Set(input.codingIds);
  if (chosen.size === 0) throw new CodebookError('nothing-chosen', 'Choose the codings that go to the new code.');
  const { codes } = rows;
  const code = codes.find((c) => c.id === input.codeId);
  if (!code) throw codeMissing();
  const { projectId } = code;
  const parentId = shownParentId(codes, code);
  const list = siblings(codes, parentId);
  const index = list.findIndex((c) => c.id === code.id) + 1;
  const created: Code = { ...blankCode(projectId, parentId, index, fallbackColour(codes.length), at), name };
  const writes: Write[] = [
    { op: 'put', table: 'codes', projectId, row: created },
    ...renumber([...list.slice(0, index), created, ...list.slice(index)], created.id),
    ...planSplit(rows.codings, code.id, chosen, created.id).map(
      (c): Write => ({ op: 'update', table: 'codings', projectId, key: c.id, patch: { codeId: created.id, updatedAt: at.now } }),
    ),
  ];
  return { writes, value: created };
}
