import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, SavedSearch } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { deleteSavedSearch, saveSearch, type SaveSearchInput } from '../../store/commands/saved-searches';
import { useSavedSearches } from '../../store/queries/saved-searches';
import { useStore } from '../../store/StoreProvider';

/** Named queries kept in the project: save the current one, run or delete a saved one. */
export function SavedSearches(props: {
  projectId: Id;
  authorId: Id | null;
  current: Omit<SaveSearchInput, 'projectId' | 'authorId' | 'name'>;
  onRun: (search: SavedSearch) => void;
}) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { historyFor } = useStore();
  const saved = useSavedSearches(props.projectId);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const canSave = name.trim() !== '' && props.current.query.trim() !== '' && props.authorId !== null;

  return (
    <section className="card search-saved" aria-labelledby="search-saved-title">
      <h2 id="search-saved-title">{t('search.saved.title')}</h2>
      <form
        className="search-save"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canSave) return;
          saveSearch(historyFor(props.projectId), { ...props.current, projectId: props.projectId, authorId: props.authorId!, name }).then(
            (row) => row && setMessage(t('search.saved.saved', { name: row.name })),
            reportError,
          );
        }}
      >
        <label className="field">
          {t('search.saved.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!canSave}>
          {t('search.saved.save')}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      {saved && saved.length === 0 && <p className="muted">{t('search.saved.none')}</p>}
      <ul className="search-saved-list">
        {saved?.map((s) => (
          <li key={s.id}>
            <button type="button" className="button" onClick={() => props.onRun(s)} title={s.query}>
              {s.name}
            </button>{' '}
            <span className="muted">{s.query}</span>{' '}
            <button
              type="button"
              className="button"
              aria-label={t('search.saved.deleteLabel', { name: s.name })}
              onClick={() => void deleteSavedSearch(historyFor(props.projectId), s.id).catch(reportError)}
            >
              {t('search.saved.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
