import { useLiveQuery } from 'dexie-react-hooks';
import type { Coder, Id } from '../../../shared/model';
import { useDatabase } from '../useDatabase';

/** A project's coders. */
export function useCoders(projectId: Id): Coder[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.coders.where('projectId').equals(projectId).toArray(), [db, projectId]);
}
