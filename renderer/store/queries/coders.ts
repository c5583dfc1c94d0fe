import { useLiveQuery } from 'dexie-react-hooks';
import type { Coder, Id } from '../../../shared/model';
import { useStore } from '../StoreProvider';

/** A project's coders. */
export function useCoders(projectId: Id): Coder[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => db.coders.where('projectId').equals(projectId).toArray(), [db, projectId]);
}
