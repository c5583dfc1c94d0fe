import type { Id, Write } from '../model';
import type { ProjectTableName } from '../model/write';
import { StcError } from './stc-error';

/**
 * The writes that put rows in the order given: `ids` must name exactly the rows (a list read
 * before another window added or removed one is refused, not guessed). Only changed rows are written.
 */
export function reorderWrites(
  table: ProjectTableName,
  projectId: Id,
  rows: readonly { id: Id; order: number }[],
  ids: readonly Id[],
  now: string,
): Write[] {
  const known = new Set(rows.map((r) => r.id));
  if (ids.length !== rows.length || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
    throw new StcError('order-stale');
  }
  const current = new Map(rows.map((r) => [r.id, r.order]));
  return ids.flatMap((id, order) =>
    current.get(id) === order ? [] : [{ op: 'update' as const, table, projectId, key: id, patch: { order, updatedAt: now } }],
  );
}
