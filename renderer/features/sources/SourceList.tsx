import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Source } from '../../../shared/model';
import type { SourceImpact } from '../../../shared/sources/plan-delete-source';
import { deleteSource } from '../../store/commands/sources';
import { useStore } from '../../store/StoreProvider';
import { useApp } from '../../services/AppContext';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { routeHref } from '../../services/routes';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useAttributes } from '../../store/queries/attributes';
import { useMessageCountsBySource, useSources } from '../../store/queries/sources';
import { EmptyState } from '../../ui/EmptyState';
import { nextSort, visibleSources, type SourceSort, type SourceSortKey } from './source-order';

export function SourceList({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SourceSort | null>(null);
  const sources = useSources(project.id);
  const attributes = useAttributes(project.id);
  const messageCounts = useMessageCountsBySource(project.id);
  const store = useStore();
  const { reportError } = useApp();
  const [deleting, setDeleting] = useState<{ source: Source; impact: SourceImpact } | null>(null);
  const askDelete = async (source: Source) => setDeleting({ source, impact: await store.sources.deletionImpact(source.id) });
  const confirmDelete = (source: Source) => {
    setDeleting(null);
    deleteSource(store.historyFor(project.id), { id: source.id }).catch(reportError);
  };
  const shown = useMemo(
    () => (sources ? visibleSources(sources, query, sort, (kind) => t(`sources.kind.${kind}`)) : []),
    [sources, query, sort, t],
  );

  if (!sources) return null;
  if (sources.length === 0) return <EmptyState>{t('sources.empty')}</EmptyState>;

  /** A heading that sorts by its column; aria-sort tells a screen reader which column orders the list. */
  const sortable = (key: SourceSortKey, label: string) => (
    <th scope="col" aria-sort={sort?.key === key ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, key))}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort?.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <>
      <div className="source-search">
        <label className="field">
          <span>{t('sources.list.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('sources.list.searchPlaceholder')} />
        </label>
        <p className="muted small" aria-live="polite">
          {query.trim() ? t('sources.list.shown', { shown: shown.length, total: sources.length }) : ''}
        </p>
      </div>
      <table className="table source-table">
        <caption className="visually-hidden">{t('sources.listLabel')}</caption>
        <thead>
          <tr>
            {sortable('title', t('sources.titleColumn'))}
            {sortable('kind', t('sources.kindColumn'))}
            <th scope="col">{t('sources.messagesColumn')}</th>
            <th scope="col">{t('sources.fileColumn')}</th>
            {sortable('date', t('sources.imported'))}
            {attributes?.map((a) => (
              <th scope="col" key={a.id}>
                {a.name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('sources.deletion.column')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={routeHref('sources', s.id)}>{s.title}</a>
              </th>
              <td>{t(`sources.kind.${s.kind}`)}</td>
              <td>{messageCounts ? (messageCounts.get(s.id) ?? 0) : '…'}</td>
              <td className="muted">{s.origin.fileName}</td>
              <td title={formatDateTime(s.origin.importedAt, i18n.language)}>{formatDate(s.origin.importedAt, i18n.language)}</td>
              {attributes?.map((a) => (
                <td key={a.id}>{s.attributes[a.id] ?? ''}</td>
              ))}
              <td className="row-actions">
                <button type="button" className="button button-small" aria-label={t('sources.deletion.rowLabel', { title: s.title })} onClick={() => void askDelete(s)}>
                  {t('sources.deletion.short')}
                </button>
              </td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={6 + (attributes?.length ?? 0)} className="muted">
                {t('sources.list.noMatch', { query: query.trim() })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <DeleteSourceDialog deleting={deleting} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />
    </>
  );
}
