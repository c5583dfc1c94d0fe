import { useLiveQuery } from 'dexie-react-hooks';
import type { Attribute, Id } from '../../../shared/model';
import { useDatabase } from '../useDatabase';

/** A project's case attributes in column order. */
export function useAttributes(projectId: Id): Attribute[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.attributes.where('projectId').equals(projectId).sortBy('order'), [db, projectId]);
}
