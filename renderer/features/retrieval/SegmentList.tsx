import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetrievedSegment } from '../../../shared/retrieval/query';
import { routeHref } from '../../services/routes';
import type { CodeIndex } from '../coding/code-index';
import { labelSaysRole, replyDelayText } from '../coding/reply-delay';

const page = 200;

/** Each segment in its context; the title jumps to it in the document. */
export function SegmentList({ segments, index }: { segments: RetrievedSegment[]; index: CodeIndex }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(page);
  return (
    <>
      <ol className="segment-list">
        {segments.slice(0, shown).map((s) => (
          <li key={`${s.sourceId}:${s.start}:${s.end}`} className="card segment">
            <div className="segment-head">
              <a href={`${routeHref('sources', s.sourceId)}?at=${s.start}-${s.end}`}>{s.sourceTitle}</a>
              {s.message && (
                <span className="muted">
                  {s.message.speaker}
                  {!labelSaysRole(s.message.speaker, t(`import.roles.${s.message.role}`)) && ` · ${t(`import.roles.${s.message.role}`)}`}
                  {s.message.delay && replyDelayText(s.message.delay, i18n.language) && ` · (${replyDelayText(s.message.delay, i18n.language)})`}
                  {s.message.overDeadline && <span className="delay is-late"> · {t('retrieval.late')}</span>}
                </span>
              )}
            </div>
            <p className="segment-text">
              <span className="muted">{s.before}</span>
              <mark className="segment-hit">{s.text}</mark>
              <span className="muted">{s.after}</span>
            </p>
            <ul className="chips" aria-label={t('retrieval.col.codes')}>
              {s.codeIds.map((id) => (
                <li key={id} className="chip">
                  <span className="swatch" style={{ background: index.byId.get(id)?.color }} aria-hidden="true" /> {index.paths.get(id)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {segments.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + page)}>
          {t('retrieval.showMore', { count: segments.length - shown })}
        </button>
      )}
    </>
  );
}
