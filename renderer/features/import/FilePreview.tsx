import { useTranslation } from 'react-i18next';
import { listSpeakers } from '../../../shared/import';
import type { SpeakerRole } from '../../../shared/model';
import { AttributesEditor } from './AttributesEditor';
import { defaultChoices, entrySources, type FileEntry } from './batch';
import { formatFileSize } from '../../i18n/format';
import { importFailureText } from './import-failure-text';
import { PersonalDataReview } from './PersonalDataReview';
import { summariseDelays } from '../../../shared/import/delay-summary';

const roles: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** One file of an import batch: what was found, and everything the user may fix before writing. */
export function FilePreview(props: {
  entry: FileEntry;
  deadlineHours: number;
  /** Other files of the batch can still be imported (so a failure here need not stop the user). */
  othersImportable: boolean;
  onChange: (entry: FileEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const { entry, onChange } = props;
  const headingId = `file-${entry.key}`;

  if (entry.status === 'failed' && entry.failure) {
    return (
      <article className="card file-preview is-failed" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('import.failedTitle', { file: entry.name })}</h3>
        <p role="alert">
          {entry.failure.line !== null && <strong>{t('import.failedLine', { line: entry.failure.line })}: </strong>}
          {importFailureText(t, i18n.language, entry.failure, entry.name)}
        </p>
        {props.othersImportable && <p className="muted">{t('import.failedRest')}</p>}
      </article>
    );
  }
  if (entry.status !== 'parsed' || !entry.result) {
    return (
      <article className="card file-preview" aria-labelledby={headingId} aria-busy="true">
        <h3 id={headingId}>{entry.name}</h3>
      </article>
    );
  }

  const result = entry.result;
  const sources = entrySources(entry);
  const speakers = listSpeakers(sources).map((s) => ({ ...s, role: entry.roleOverrides[s.speaker] ?? s.role }));
  const multiThread = result.sources.length > 1;

  return (
    <article className={entry.include ? 'card file-preview' : 'card file-preview is-excluded'} aria-labelledby={headingId}>
      <header className="file-preview-header">
        <label className="check">
          <input type="checkbox" checked={entry.include} onChange={(e) => onChange({ ...entry, include: e.target.checked })} />
          <span className="visually-hidden">{t('import.include')}</span>
        </label>
        <h3 id={headingId}>{entry.name}</h3>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('import.format')}</dt>
          <dd>{t(`import.formats.${result.format}`, { defaultValue: result.format })}</dd>
        </div>
        <div>
          <dt>{t('import.encoding')}</dt>
          <dd>{result.format === 'pdf' ? t('import.encodingPdf') : result.encoding}</dd>
        </div>
        <div>
          <dt>{t('import.lineEndings')}</dt>
          <dd>{result.lineEndings === 'none' ? '—' : result.lineEndings.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t('import.size')}</dt>
          <dd>{formatFileSize(result.sizeBytes, i18n.language)}</dd>
        </div>
      </dl>
      {entry.duplicate && (
        <p className="notice" role="note">
          {t('import.duplicate')}
        </p>
      )}

      {speakers.length > 0 && (
        <table className="table compact">
          <caption>{t('import.speakers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.speaker')}</th>
              <th scope="col">{t('import.role')}</th>
              <th scope="col">{t('import.messagesCount')}</th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((s) => (
              <tr key={s.speaker}>
                <th scope="row">{s.speaker || '—'}</th>
                <td>
                  <select
                    aria-label={t('import.roleFor', { speaker: s.speaker || '—' })}
                    value={s.role}
                    onChange={(e) =>
                      onChange({ ...entry, roleOverrides: { ...entry.roleOverrides, [s.speaker]: e.target.value as SpeakerRole } })
                    }
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t(`import.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{s.messages}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {multiThread && (
        <label className="check">
          <input
            type="checkbox"
            checked={entry.splitThreads}
            onChange={(e) => {
              const next = { ...entry, splitThreads: e.target.checked, anonymisation: null };
              onChange({ ...next, sources: defaultChoices(entrySources(next)) });
            }}
          />
          <span>{t('import.splitThreads')}</span>
        </label>
      )}

      <h4>{t('import.sourcesTitle', { count: sources.length })}</h4>
      <ol className="source-choices">
        {sources.map((source, index) => {
          const choice = entry.sources[index] ?? { title: source.title, include: true, attributes: {} };
          const setChoice = (next: typeof choice) =>
            onChange({ ...entry, sources: entry.sources.map((c, i) => (i === index ? next : c)) });
          const delays = summariseDelays(source.messages, props.deadlineHours);
          return (
            <li key={index} className="source-choice">
              <div className="form-row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={choice.include}
                    onChange={(e) => setChoice({ ...choice, include: e.target.checked })}
                    aria-label={t('import.includeSource', { title: choice.title })}
                  />
                </label>
                <label className="field">
                  <span>{t('import.sourceTitle')}</span>
                  <input value={choice.title} onChange={(e) => setChoice({ ...choice, title: e.target.value })} />
                </label>
                <span className="muted">
                  {t(`sources.kind.${source.kind}`)} · {t('sources.messages', { count: source.messages.length })}
                </span>
              </div>
              {delays.known + delays.unknownPhrases.length > 0 && (
                <p className="muted small">
                  {t('import.delays', { known: delays.known, late: delays.late, deadline: props.deadlineHours })}
                  {delays.unknownPhrases.length > 0 && <> · {t('import.unknownDelays', { phrases: delays.unknownPhrases.join(', ') })}</>}
                </p>
              )}
              <AttributesEditor
                idPrefix={`${entry.key}-${index}`}
                attributes={choice.attributes}
                onChange={(attributes) => setChoice({ ...choice, attributes })}
              />
            </li>
          );
        })}
      </ol>

      {result.warnings.length > 0 && (
        <details className="warnings">
          <summary>{t('import.warnings', { count: result.warnings.length })}</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>
                {w.line !== null && <span className="muted">{t('import.warningLine', { line: w.line })}: </span>}
                {t(`import.warning.${w.code}`, { ...w.params, defaultValue: w.message })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PersonalDataReview entry={entry} onChange={onChange} />
    </article>
  );
}
