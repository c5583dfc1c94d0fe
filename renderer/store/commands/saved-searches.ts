import type { Id, SavedSearch } from '../../../shared/model';
import { planDeleteSavedSearch, planSaveSearch, type SaveSearchInput } from '../../../shared/saved-searches/plan-saved-search';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

export type { SaveSearchInput } from '../../../shared/saved-searches/plan-saved-search';

/** Saves the Search tab's query under a name (replacing a search of that name): one undo step. */
export async function saveSearch(history: History, input: SaveSearchInput): Promise<SavedSearch | null> {
  const { db } = history;
  return history.run({ key: 'search.save', values: { name: input.name.trim() } }, async (rec) => {
    const savedSearches = await db.savedSearches.where('projectId').equals(input.projectId).toArray();
    return applyPlanned(rec, planSaveSearch({ savedSearches }, input, planContext()));
  });
}

/** Deletes a saved search: one undo step. */
export async function deleteSavedSearch(history: History, id: Id): Promise<void> {
  const { db } = history;
  await history.run({ key: 'search.delete' }, async (rec) => applyPlanned(rec, planDeleteSavedSearch(await db.savedSearches.get(id))));
}
