import { expect } from 'vitest';
import type { Planned, Write } from '../../../shared/model';
import { danglingReferences } from '../../../shared/stc/dangling';
import { emptyStcRows, type StcRows } from '../../../shared/stc/rows';
import { fixedContext } from '../plan-context';

/** Table name → StcRows field (the same names, but rows are read from and written to plain arrays here). */
type Table = Exclude<keyof StcRows, 'projectId' | 'sources'>;

/** Applies planned writes to in-memory rows the way the store would, so tests can chain plans. */
export function applyToRows(rows: StcRows, writes: readonly Write[]): StcRows {
  const next: StcRows = { ...rows };
  for (const w of writes) {
    const table = w.table as Table;
    if (!(table in next) || table === ('sources' as never)) throw new Error(`Write to a table outside STC: ${w.table}`);
    const list = [...(next[table] as { id: string }[])];
    if (w.op === 'put') {
      const row = w.row as { id: string };
      const i = list.findIndex((r) => r.id === row.id);
      if (i >= 0) list[i] = row;
      else list.push(row);
    } else if (w.op === 'update') {
      const i = list.findIndex((r) => r.id === w.key);
      if (i < 0) throw new Error(`Nothing to update: ${w.table} ${w.key}`);
      list[i] = { ...list[i]!, ...w.patch };
    } else {
      const i = list.findIndex((r) => r.id === w.key);
      if (i < 0) throw new Error(`Nothing to delete: ${w.table} ${w.key}`);
      list.splice(i, 1);
    }
    (next as unknown as Record<string, unknown>)[table] = list;
  }
  return next;
}

/** A small synthetic project: three interviews (invented people) and a fixed clock. */
export function world() {
  const ctx = fixedContext();
  let rows = emptyStcRows('p1', [
    { id: 's1', title: 'Intervju Kari', length: 400 },
    { id: 's2', title: 'Intervju Ola', length: 300 },
    { id: 's3', title: 'Intervju Siri', length: 200 },
  ]);
  return {
    ctx,
    get rows() {
      return rows;
    },
    /** Applies a plan's writes, checks nothing dangles, and hands back its value. */
    step<T>(planned: Planned<T>): T {
      rows = applyToRows(rows, planned.writes);
      expect(danglingReferences(rows)).toEqual([]);
      return planned.value;
    },
  };
}

/** The value of a confirmable plan that must have gone through. */
export function done<T>(value: { status: 'done'; value: T } | { status: 'confirm' }): T {
  if (value.status !== 'done') throw new Error('Expected the change to be made, but it asks for confirmation');
  return value.value;
}
