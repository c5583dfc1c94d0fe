import type { WriteTable } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { anyLeftPointing } from './references';

/** A stored row as the history sees it: any object with a primary key in its table. */
export type Row = object;

/**
 * One row's change: what it was and what it became (undefined = absent). A command is a list of
 * these, so undo and redo are the same operation in opposite directions, for every table alike.
 */
export interface Change {
  table: WriteTable;
  key: string;
  before: Row | undefined;
  after: Row | undefined;
}

/** Thrown when a row no longer looks the way the command left it (edited elsewhere since). */
export class StaleHistoryError extends Error {
  constructor(readonly table: string) {
    super(`The ${table} row changed after this step, so it cannot be undone or redone safely.`);
  }
}

function same(a: Row | undefined, b: Row | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies changes forward (to `after`) or backward (to `before`), in reverse order when going
 * back. Each row must still be what the other side says, or nothing is written (the caller's
 * transaction aborts on the error).
 */
export async function applyChanges(db: KodebokDb, changes: Change[], direction: 'forward' | 'backward'): Promise<void> {
  const ordered = direction === 'forward' ? changes : [...changes].reverse();
  const deleted = new Map<WriteTable, string[]>();
  for (const change of ordered) {
    const [expected, target] = direction === 'forward' ? [change.before, change.after] : [change.after, change.before];
    const table = db.table(change.table);
    const current = (await table.get(change.key)) as Row | undefined;
    if (!same(current, expected)) throw new StaleHistoryError(change.table);
    if (target === undefined) {
      await table.delete(change.key);
      const keys = deleted.get(change.table);
      if (keys) keys.push(change.key);
      else deleted.set(change.table, [change.key]);
    } else await table.put(target);
  }
  // Rows written since that point at a row this deleted (a memo on the coding, written in another window).
  const pointed = await anyLeftPointing(db, deleted);
  if (pointed) throw new StaleHistoryError(pointed);
}

/**
 * Folds a later list of changes into an earlier one (for coalescing keystrokes into one step):
 * each row keeps its first `before` and its last `after`; rows that end as they began drop out.
 */
export function foldChanges(first: Change[], then: Change[]): Change[] {
  const byRow = new Map<string, Change>();
  for (const change of [...first, ...then]) {
    const id = `${change.table}\u0000${change.key}`;
    const earlier = byRow.get(id);
    byRow.set(id, earlier ? { ...earlier, after: change.after } : change);
  }
  return [...byRow.values()].filter((c) => !same(c.before, c.after));
}
