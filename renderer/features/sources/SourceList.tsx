import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import { routeHref } from '../../app/routes';
import { listSources } from '../../store/repositories/sources';
import { EmptyState } from '../../ui/EmptyState';

export function SourceList({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { db } = useApp();
  const sources = useLiveQuery(() => listSources(db, project.id), [db, project.id]);
  const attributes = useLiveQuery(() => db.attributes.where('projectId').equals(project.id).sortBy('order'), [db, project.id]);
  const messageCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.messages.where('projectId').equals(project.id).each((m) => counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + 1));
    return counts;
  }, [db, project.id]);

  if (!sources) return null;
  if (sources.length === 0) return <EmptyState>{t('sources.empty')}</EmptyState>;
  return (
    <table className="table source-table">
      <caption className="visually-hidden">{t('sources.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sources.titleColumn')}</th>
          <th scope="col">{t('sources.kindColumn')}</th>
          <th scope="col">{t('sources.messagesColumn')}</th>
          <th scope="col">{t('sources.fileColumn')}</th>
          {attributes?.map((a) => (
            <th scope="col" key={a.id}>
              {a.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <a href={routeHref('sources', s.id)}>{s.title}</a>
            </th>
            <td>{t(`sources.kind.${s.kind}`)}</td>
            <td>{messageCounts ? (messageCounts.get(s.id) ?? 0) : '…'}</td>
            <td className="muted">{s.origin.fileName}</td>
            {attributes?.map((a) => (
              <td key={a.id}>{s.attributes[a.id] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
