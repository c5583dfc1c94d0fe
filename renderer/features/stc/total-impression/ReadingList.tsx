import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model';
import { readProgress } from '../../../../shared/stc/read-marks';
import { markRead, markUnread } from '../../../store/commands/stc';
import type { StcRows } from '../../../store/queries/stc';
import { routeHref } from '../../../services/routes';
import { formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import type { StcActions } from '../useStcActions';

/** The project's sources, each read or not, with the share read so far ("5 av 8 kilder lest"). */
export function ReadingList({
  project,
  rows,
  actions,
  coderId,
}: {
  project: Project;
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const read = new Set(rows.readMarks.map((m) => m.sourceId));
  const progress = readProgress(rows);
  const n = (value: number) => formatNumber(value, i18n.language);
  const toggle = (sourceId: string, isRead: boolean) => {
    if (isRead) void actions.run((h) => markUnread(h, { projectId: project.id, sourceId }));
    else if (coderId) void actions.run((h) => markRead(h, { projectId: project.id, sourceId, authorId: coderId }));
  };
  return (
    <section className="stc-panel" aria-labelledby="stc-reading-title">
      <div className="stc-panel-head">
        <h3 id="stc-reading-title">{t('stc.reading.title')}</h3>
        <p className="stc-count" aria-live="polite">
          {t('stc.reading.progress', { count: progress.total, read: n(progress.read), total: n(progress.total) })}
        </p>
      </div>
      <p className="muted small stc-panel-intro">{t('stc.reading.intro')}</p>
      <progress
        className="stc-meter"
        max={Math.max(progress.total, 1)}
        value={progress.read}
        aria-label={t('stc.reading.progressLabel')}
      />
      {rows.sources.length === 0 ? (
        <EmptyState>{t('stc.reading.empty')}</EmptyState>
      ) : (
        <div className="stc-reading-scroll">
          <table className="table stc-reading">
            <caption className="visually-hidden">{t('stc.reading.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stc.reading.colSource')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('stc.reading.colAction')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.sources.map((s) => {
                const isRead = read.has(s.id);
                return (
                  <tr key={s.id} className={isRead ? 'is-read' : undefined}>
                    <th scope="row">
                      <a id={`stc-source-${s.id}`} href={routeHref('sources', s.id)}>
                        {s.title}
                      </a>
                      <span className={`stc-read ${isRead ? 'is-read' : ''}`}>
                        {isRead ? t('stc.reading.read') : t('stc.reading.unread')}
                      </span>
                    </th>
                    <td className="stc-reading-action">
                      <button
                        type="button"
                        className={isRead ? 'button button-small button-quiet' : 'button button-small'}
                        aria-describedby={`stc-source-${s.id}`}
                        disabled={!isRead && !coderId}
                        onClick={() => toggle(s.id, isRead)}
                      >
                        {isRead ? t('stc.reading.markUnread') : t('stc.reading.markRead')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
