import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import { routeHref } from '../../app/routes';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { formatDateTime } from '../projects/formatDate';

const pageSize = 400;

/**
 * A read-only view of one imported source: its origin and its messages/turns with speaker,
 * role and reply delay against the project's deadline. (The coding view replaces it.)
 */
export function SourceView({ project, sourceId }: { project: Project; sourceId: string }) {
  const { t, i18n } = useTranslation();
  const { db } = useApp();
  const [shown, setShown] = useState(pageSize);
  const data = useLiveQuery(async () => {
    const source = await db.sources.get(sourceId);
    if (!source || source.projectId !== project.id) return null;
    const [text, messages, attributes] = await Promise.all([
      db.sourceTexts.get(sourceId),
      db.messages.where('[sourceId+order]').between([sourceId, -Infinity], [sourceId, Infinity]).toArray(),
      db.attributes.where('projectId').equals(project.id).toArray(),
    ]);
    return { source, text: text?.text ?? '', messages, attributes };
  }, [db, sourceId, project.id]);

  if (data === undefined) return null;
  if (data === null) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <ScreenHeader title={t('sources.notFound')} />
        <a href={routeHref('sources')}>{t('sources.back')}</a>
      </section>
    );
  }
  const { source, text, messages, attributes } = data;
  const deadline = project.settings.answerDeadlineHours;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p>
        <a href={routeHref('sources')}>← {t('sources.back')}</a>
      </p>
      <ScreenHeader title={source.title} />
      <dl className="facts">
        <div>
          <dt>{t('sources.kindColumn')}</dt>
          <dd>{t(`sources.kind.${source.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('sources.fileColumn')}</dt>
          <dd>{source.origin.fileName}</dd>
        </div>
        <div>
          <dt>{t('import.encoding')}</dt>
          <dd>
            {source.origin.encoding}, {source.origin.lineEndings.toUpperCase()}
          </dd>
        </div>
        <div>
          <dt>{t('sources.imported')}</dt>
          <dd>{formatDateTime(source.origin.importedAt, i18n.language)}</dd>
        </div>
        {attributes
          .filter((a) => source.attributes[a.id])
          .map((a) => (
            <div key={a.id}>
              <dt>{a.name}</dt>
              <dd>{source.attributes[a.id]}</dd>
            </div>
          ))}
        {source.origin.anonymisation.length > 0 && (
          <div>
            <dt>{t('import.personalData')}</dt>
            <dd>{source.origin.anonymisation.map((r) => `${r.placeholder} × ${r.count}`).join(', ')}</dd>
          </div>
        )}
      </dl>
      {messages.length === 0 ? (
        <pre className="source-text">{text}</pre>
      ) : (
        <ol className="turns">
          {messages.slice(0, shown).map((m) => {
            const late = m.delay?.minHours != null && m.delay.minHours > deadline;
            return (
              <li key={m.id} className={`turn role-${m.role}`}>
                <div className="turn-head">
                  <span className="turn-speaker">{m.speaker || '—'}</span>
                  <span className="badge">{t(`import.roles.${m.role}`)}</span>
                  {m.timestamp && <span className="muted">{m.timestamp}</span>}
                  {m.delay && (
                    <span className={late ? 'delay is-late' : 'delay'}>
                      ({m.delay.phrase || `${m.delay.minHours} t`})
                      {late && <> · {t('sources.overDeadline', { hours: deadline })}</>}
                    </span>
                  )}
                </div>
                <p className="turn-text">{text.slice(m.start, m.end)}</p>
              </li>
            );
          })}
        </ol>
      )}
      {messages.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + pageSize)}>
          {t('sources.showMore', { count: messages.length - shown })}
        </button>
      )}
    </section>
  );
}
