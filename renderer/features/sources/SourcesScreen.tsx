import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/AppContext';
import { routeHref } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';

export function SourcesScreen() {
  const { t } = useTranslation();
  const { db, settings } = useApp();
  const projectId = settings.currentProjectId;
  const sources = useLiveQuery(
    () => (projectId ? db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray() : []),
    [projectId],
  );
  const messageCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    if (projectId) await db.messages.where('projectId').equals(projectId).each((m) => counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + 1));
    return counts;
  }, [projectId]);

  if (!projectId) {
    return (
      <section aria-labelledby="screen-title" className="screen">
        <ScreenHeader title={t('sources.title')} />
        <EmptyState>
          <p>{t('sources.needProject')}</p>
          <a className="button button-primary" href={routeHref('projects')}>
            {t('sources.goToProjects')}
          </a>
        </EmptyState>
      </section>
    );
  }

  return (
    <section aria-labelledby="screen-title" className="screen">
      <ScreenHeader title={t('sources.title')} />
      {sources && sources.length === 0 && <EmptyState>{t('sources.empty')}</EmptyState>}
      {sources && sources.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('sources.listLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sources.title')}</th>
              <th scope="col">Type</th>
              <th scope="col">{t('sources.messages_other', { count: '' }).trim()}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{t(`sources.kind.${s.kind}`)}</td>
                <td>{t('sources.messages', { count: messageCounts?.get(s.id) ?? 0 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
