import type { Memo, MemoTarget } from '../../../shared/model';
import { planSaveMemo, type SaveMemoInput } from '../../../shared/memos/plan-memo';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export type { MemoContent } from '../../../shared/memos/content';

export async function findMemo(db: KodebokDb, target: MemoTarget): Promise<Memo | undefined> {
  return db.memos.where('[targetKind+targetId]').equals([target.kind, target.id]).first();
}

const targetTables = { project: 'projects', source: 'sources', code: 'codes', coding: 'codings' } as const;

async function targetExists(db: KodebokDb, target: MemoTarget): Promise<boolean> {
  return (await db.table(targetTables[target.kind]).get(target.id)) !== undefined;
}

/**
 * Saves the memo on a target (see planSaveMemo). Saves of the same memo close together become one
 * undo step, like typing.
 */
export async function saveMemo(history: History, input: SaveMemoInput): Promise<Memo | null> {
  const { db } = history;
  const { target } = input;
  return history.run(
    { key: 'saveMemo' },
    async (rec) => {
      const rows = { targetExists: await targetExists(db, target), existing: await findMemo(db, target) };
      return applyPlanned(rec, planSaveMemo(rows, input, planContext()));
    },
    { coalesceKey: `memo:${target.kind}:${target.id}` },
  );
}
