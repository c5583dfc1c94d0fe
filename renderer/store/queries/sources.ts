import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Source } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { listSources } from '../repositories/sources';
import { useDatabase } from '../useDatabase';

/** A project's sources in their stored order. */
export function useSources(projectId: Id): Source[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listSources(db, projectId), [db, projectId]);
}

/** How many turns each source of a project has, by source id (sources without turns are absent). */
export async function readMessageCountsBySource(db: KodebokDb, projectId: Id): Promise<Map<Id, number>> {
  const counts = new Map<Id, number>();
  await db.messages.where('projectId').equals(projectId).each((m) => counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + 1));
  return counts;
}

export function useMessageCountsBySource(projectId: Id): Map<Id, number> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readMessageCountsBySource(db, projectId), [db, projectId]);
}
