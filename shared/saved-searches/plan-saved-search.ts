import type { Id, PlanContext, Planned, SavedSearch, SavedSearchFilters, SavedSearchMode } from '../model';

export interface SaveSearchInput {
  projectId: Id;
  authorId: Id;
  name: string;
  query: string;
  mode: SavedSearchMode;
  options: { stopWords: boolean; foldAa: boolean };
  filters: SavedSearchFilters;
}

/** Names compare as a reader sees them: without surrounding spaces, ignoring case. */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/** A copy of the filters, so the stored row never shares arrays with the screen's state. */
function copyFilters(f: SavedSearchFilters): SavedSearchFilters {
  return {
    roles: [...f.roles],
    attributes: Object.fromEntries(Object.entries(f.attributes).map(([k, v]) => [k, [...v]])),
    code: f.code ? { ...f.code } : null,
  };
}

/**
 * Saves a search under a name. Saving under a name the project already has replaces that search
 * (the researcher refined it), so a project never holds two searches of one name. A blank name or
 * query saves nothing: the value is null.
 */
export function planSaveSearch(rows: { savedSearches: SavedSearch[] }, input: SaveSearchInput, at: PlanContext): Planned<SavedSearch | null> {
  const name = input.name.trim();
  if (name === '' || input.query.trim() === '') return { writes: [], value: null };
  const fields = { name, query: input.query, mode: input.mode, options: { ...input.options }, filters: copyFilters(input.filters) };
  const existing = rows.savedSearches.find((s) => s.projectId === input.projectId && sameName(s.name, name));
  if (existing) {
    const patch = { ...fields, updatedAt: at.now };
    return {
      writes: [{ op: 'update', table: 'savedSearches', projectId: existing.projectId, key: existing.id, patch }],
      value: { ...existing, ...patch },
    };
  }
  const row: SavedSearch = { id: at.newId(), projectId: input.projectId, authorId: input.authorId, ...fields, createdAt: at.now, updatedAt: at.now };
  return { writes: [{ op: 'put', table: 'savedSearches', projectId: input.projectId, row }], value: row };
}

/** Deletes a saved search (undo puts it back). Nothing to write when it is already gone. */
export function planDeleteSavedSearch(row: SavedSearch | undefined): Planned<null> {
  return { writes: row ? [{ op: 'delete', table: 'savedSearches', projectId: row.projectId, key: row.id }] : [], value: null };
}
