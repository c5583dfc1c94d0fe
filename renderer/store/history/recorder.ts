import { rowKey, type WriteRow, type WriteTable } from '../../../shared/model';
import type { KodebokDb } from '../db';
import type { Change, Row } from './change';

type Keyed = WriteRow;

/**
 * What a command writes with. Every write reads the row first, so the command's change list
 * knows exactly what to put back on undo. Use only inside the history's transaction.
 */
export class ChangeRecorder {
  readonly changes: Change[] = [];

  constructor(private readonly db: KodebokDb) {}

  async put<T extends Keyed>(table: WriteTable, row: T): Promise<T> {
    const key = rowKey(table, row);
    const before = (await this.db.table(table).get(key)) as Row | undefined;
    await this.db.table(table).put(row);
    this.changes.push({ table, key, before, after: structuredClone(row) });
    return row;
  }

  async update<T extends Keyed>(table: WriteTable, key: string, patch: Partial<T>): Promise<T> {
    const before = (await this.db.table(table).get(key)) as T | undefined;
    if (!before) throw new Error(`Nothing to update: ${table} ${key} is gone.`);
    const after = { ...before, ...patch };
    await this.db.table(table).put(after);
    this.changes.push({ table, key, before, after: structuredClone(after) });
    return after;
  }

  async delete(table: WriteTable, key: string): Promise<void> {
    const before = (await this.db.table(table).get(key)) as Row | undefined;
    if (!before) return;
    await this.db.table(table).delete(key);
    this.changes.push({ table, key, before, after: undefined });
  }
}
