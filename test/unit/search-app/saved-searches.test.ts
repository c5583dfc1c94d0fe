import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject, purgeProject } from '../../../renderer/store/repositories/projects';
import { deleteSavedSearch, saveSearch } from '../../../renderer/store/commands/saved-searches';
import { planSaveSearch } from '../../../shared/saved-searches/plan-saved-search';
import type { SavedSearch, SpeakerRole } from '../../../shared/model';
import { fixedContext } from '../plan-context';
import { freshName } from '../store/fixtures';

const input = {
  projectId: 'p',
  authorId: 'c',
  name: 'Ventetid',
  query: 'vente* svar',
  mode: 'words' as const,
  options: { stopWords: true, foldAa: false },
  filters: { roles: ['user' as const], attributes: {}, code: null },
};

describe('saved searches', () => {
  it('saving under a name the project has (in another case) replaces that search instead of adding a second', () => {
    const first = planSaveSearch({ savedSearches: [] }, input, fixedContext()).value!;
    const again = planSaveSearch({ savedSearches: [first] }, { ...input, name: ' ventetid ', query: 'venter lenge' }, fixedContext());
    expect(again.writes).toEqual([
      expect.objectContaining({ op: 'update', table: 'savedSearches', key: first.id, patch: expect.objectContaining({ query: 'venter lenge' }) }),
    ]);
  });

  it('a blank name or query saves nothing', () => {
    expect(planSaveSearch({ savedSearches: [] }, { ...input, name: '  ' }, fixedContext()).writes).toEqual([]);
    expect(planSaveSearch({ savedSearches: [] }, { ...input, query: '' }, fixedContext()).writes).toEqual([]);
  });

  it('save and delete are undo steps in the project history, and the stored row never shares the screen state', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Søk' });
    const history = new History(db);
    const filters = { roles: ['caseworker'] as SpeakerRole[], attributes: { a: ['Gruppe A'] }, code: { codeId: 'k', where: 'outside' as const } };
    const saved = (await saveSearch(history, { ...input, projectId: project.id, filters }))!;
    filters.roles.push('user');
    const rows = () => db.savedSearches.where('projectId').equals(project.id).toArray();
    expect((await rows()).map((s: SavedSearch) => [s.name, s.filters.roles])).toEqual([['Ventetid', ['caseworker']]]);
    expect(history.getSnapshot().undo).toEqual({ key: 'search.save', values: { name: 'Ventetid' } });

    await deleteSavedSearch(history, saved.id);
    expect(await rows()).toEqual([]);
    await history.undo();
    expect((await rows()).map((s) => s.query)).toEqual(['vente* svar']);
    await history.undo();
    expect(await rows()).toEqual([]);

    // Purging the project takes this machine's index cache with it.
    await db.searchIndexes.put({ projectId: project.id, version: 1, options: { language: 'nb', stopWords: true, foldAa: false }, index: '{}', signatures: {}, updatedAt: '' });
    await purgeProject(db, project.id);
    expect(await db.searchIndexes.count()).toBe(0);
    db.close();
  });
});
