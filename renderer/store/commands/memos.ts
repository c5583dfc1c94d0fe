import type { MemoContent } from '../../../shared/memos/content';
import type { Memo, MemoTarget } from '../../../shared/model';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { newId, nowIso } from '../ids';

export type { MemoContent } from '../../../shared/memos/content';

export async function findMemo(db: KodebokDb, target: MemoTarget): Promise<Memo | undefined> {
  return db.memos.where('[targetKind+targetId]').equals([target.kind, target.id]).first();
}

const targetTables = { project: 'projects', source: 'sources', code: 'codes', coding: 'codings' } as const;

async function targetExists(db: KodebokDb, target: MemoTarget): Promise<boolean> {
  return (await db.table(targetTables[target.kind]).get(target.id)) !== undefined;
}

/**
 * Saves the memo on a target (one memo per project, source, code or coding), creating it on the
 * first save. Saves of the same memo close together become one undo step, like typing.
 */
export function saveMemo(
  db: KodebokDb,
  history: History,
  projectId: string,
  authorId: string,
  target: MemoTarget,
  content: MemoContent,
): Promise<Memo | null> {
  return history.run(
    { key: 'saveMemo' },
    async (rec) => {
      // A save that arrives after its code or coding was removed (typing, then Remove) writes nothing.
      if (!(await targetExists(db, target))) return null;
      const existing = await findMemo(db, target);
      const now = nowIso();
      if (existing) return rec.update<Memo>('memos', existing.id, { ...content, updatedAt: now });
      return rec.put<Memo>('memos', {
        id: newId(),
        projectId,
        targetKind: target.kind,
        targetId: target.id,
        authorId,
        ...content,
        createdAt: now,
        updatedAt: now,
      });
    },
    { coalesceKey: `memo:${target.kind}:${target.id}` },
  );
}
