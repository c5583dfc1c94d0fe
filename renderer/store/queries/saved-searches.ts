import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, SavedSearch } from '../../../shared/model';
import { useDatabase } from '../useDatabase';

/** The project's saved searches, by name. */
export function useSavedSearches(projectId: Id): SavedSearch[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await db.savedSearches.where('projectId').equals(projectId).toArray()).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [db, projectId],
  );
}
