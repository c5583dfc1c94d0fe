import type { Planned, Write } from '../../../shared/model';
import type { ChangeRecorder } from './recorder';

/**
 * Performs planned writes (shared/model/write.ts) in order through the history's recorder, so the
 * step can be undone. Commands read what they need, let a pure `plan…` in shared/ decide, and
 * write last with this: the writes are the same plain data a later sync layer replicates.
 */
export async function applyWrites(rec: ChangeRecorder, writes: readonly Write[]): Promise<void> {
  for (const write of writes) {
    if (write.op === 'put') await rec.put(write.table, write.row);
    else if (write.op === 'update') await rec.update(write.table, write.key, write.patch);
    else await rec.delete(write.table, write.key);
  }
}

/** Applies a plan's writes and hands back its value. */
export async function applyPlanned<T>(rec: ChangeRecorder, planned: Planned<T>): Promise<T> {
  await applyWrites(rec, planned.writes);
  return planned.value;
}
