import type { Id, Memo, MemoTarget, PlanContext, Planned } from '../model';
import type { MemoContent } from './content';

export interface SaveMemoInput {
  projectId: Id;
  authorId: Id;
  target: MemoTarget;
  content: MemoContent;
}

/**
 * Saves the memo on a target (one memo per project, source, code or coding): an update of the
 * memo already there, or a new one. A save that arrives after its target was removed (typing,
 * then Remove) writes nothing: the value is null.
 */
export function planSaveMemo(
  rows: { targetExists: boolean; existing: Memo | undefined },
  input: SaveMemoInput,
  at: PlanContext,
): Planned<Memo | null> {
  if (!rows.targetExists) return { writes: [], value: null };
  const { existing } = rows;
  if (existing) {
    const patch = { ...input.content, updatedAt: at.now };
    return {
      writes: [{ op: 'update', table: 'memos', projectId: existing.projectId, key: existing.id, patch }],
      value: { ...existing, ...patch },
    };
  }
  const memo: Memo = {
    id: at.newId(),
    projectId: input.projectId,
    targetKind: input.target.kind,
    targetId: input.target.id,
    authorId: input.authorId,
    ...input.content,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'memos', projectId: input.projectId, row: memo }], value: memo };
}
