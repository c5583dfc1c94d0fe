import { appendMemoContent } from '../../memos/content';
import type { Id, Memo, PlanContext, Write } from '../../model';
import type { LeftOutReason } from './merge-types';

export interface MemosMerged {
  writes: Write[];
  added: number;
  appended: number;
  alreadyThere: number;
}

/**
 * Their memos, marked whose: the app keeps one memo per target, so theirs is added (signed by
 * their coder) where we have none, and appended to ours under a line naming its coder where we
 * have one. A memo whose text is in ours already is not added again, so a second merge of the
 * same file changes nothing. A memo on something that is not merged is left out and counted.
 */
export function mergeMemos(
  ours: readonly Memo[],
  theirs: readonly Memo[],
  input: {
    projectId: Id;
    /** Our id for what their memo is on (undefined: not merged). */
    targetOf: (memo: Memo) => Id | undefined;
    coderOf: (id: Id | undefined) => Id;
    coderName: (coderId: Id) => string;
    heading: (coderName: string) => string;
    leave: (reason: LeftOutReason) => void;
    tally: (coderId: Id) => void;
  },
  at: PlanContext,
): MemosMerged {
  const { projectId } = input;
  const memoOn = new Map(ours.map((m) => [`${m.targetKind}\u0000${m.targetId}`, m]));
  const writes: Write[] = [];
  let added = 0;
  let appended = 0;
  let alreadyThere = 0;
  for (const their of theirs) {
    const targetId = input.targetOf(their);
    if (!targetId) {
      input.leave('memo-missing-target');
      continue;
    }
    const text = their.plainText.trim();
    if (!text && !their.title.trim()) continue;
    const authorId = input.coderOf(their.authorId);
    const key = `${their.targetKind}\u0000${targetId}`;
    const mine = memoOn.get(key);
    if (mine && (text === '' || mine.plainText.includes(text))) {
      alreadyThere += 1;
      continue;
    }
    if (mine) {
      const joined = appendMemoContent(mine, their, input.heading(input.coderName(authorId)));
      writes.push({ op: 'update', table: 'memos', projectId, key: mine.id, patch: { ...joined, updatedAt: at.now } });
      memoOn.set(key, { ...mine, ...joined });
      appended += 1;
    } else {
      const row: Memo = { ...their, id: at.newId(), projectId, targetId, authorId, createdAt: their.createdAt || at.now, updatedAt: at.now };
      writes.push({ op: 'put', table: 'memos', projectId, row });
      memoOn.set(key, row);
      added += 1;
    }
    input.tally(authorId);
  }
  return { writes, added, appended, alreadyThere };
}
