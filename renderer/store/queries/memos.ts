import { useLiveQuery } from 'dexie-react-hooks';
import type { Memo, MemoTarget } from '../../../shared/model';
import { findMemo } from '../commands/memos';
import type { KodebokDb } from '../db';
import { useDatabase } from '../useDatabase';

export interface MemoWithAuthor {
  memo: Memo | null;
  authorName: string | null;
}

/** The memo on a project, source, code or coding, with its author's name; nulls when there is none yet. */
export async function readMemoWithAuthor(db: KodebokDb, target: MemoTarget): Promise<MemoWithAuthor> {
  const memo = await findMemo(db, target);
  const author = memo ? await db.coders.get(memo.authorId) : undefined;
  return { memo: memo ?? null, authorName: author?.name ?? null };
}

export function useMemoWithAuthor(target: MemoTarget): MemoWithAuthor | undefined {
  const db = useDatabase();
  const { kind, id } = target;
  return useLiveQuery(() => readMemoWithAuthor(db, { kind, id } as MemoTarget), [db, kind, id]);
}
