import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, Id } from '../../../shared/model';
import { diffCodebooks, snapshotCodebook, type CodebookVersion } from '../../../shared/review';
import { useApp } from '../../services/AppContext';
import { signOffVersion, snapshotVersion } from '../../store/commands/review';
import { useStore } from '../../store/StoreProvider';
import { DiffView } from './DiffView';

const current = 'current';

/** Snapshot the codebook as a version, sign a version off, and compare any two (or one with now). */
export function VersionsPanel(props: { projectId: Id; versions: CodebookVersion[]; codes: Code[]; codings: Coding[]; author: string }) {
  const { t, i18n } = useTranslation();
  const { reportError } = useApp();
  const { historyFor } = useStore();
  const history = historyFor(props.projectId);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [from, setFrom] = useState<Id | null>(null);
  const [to, setTo] = useState<Id>(current);
  const { versions } = props;
  const fromId = from ?? versions.at(-1)?.id ?? null;

  const changes = useMemo(() => {
    const before = versions.find((v) => v.id === fromId);
    if (!before) return null;
    const after = to === current ? snapshotCodebook(props.codes, props.codings) : versions.find((v) => v.id === to)?.snapshot;
    return after ? diffCodebooks(before.snapshot, after) : null;
  }, [versions, fromId, to, props.codes, props.codings]);

  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card review-versions" aria-labelledby="review-versions-title">
      <h2 id="review-versions-title">{t('codebookReview.versions.title')}</h2>
      <form
        className="review-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return;
          snapshotVersion(history, { projectId: props.projectId, name, note, author: props.author }).then((v) => {
            setName('');
            setNote('');
            setFrom(v.id);
            setTo(current);
          }, reportError);
        }}
      >
        <label className="field">
          {t('codebookReview.versions.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          {t('codebookReview.versions.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={name.trim() === ''}>
          {t('codebookReview.versions.snapshot')}
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="muted">{t('codebookReview.versions.none')}</p>
      ) : (
        <ul className="review-version-list">
          {[...versions].reverse().map((v) => (
            <li key={v.id}>
              <strong>{v.name}</strong> <span className="muted">{t('codebookReview.versions.by', { author: v.author || '—', date: date(v.createdAt) })}</span>
              {v.note && <span> — {v.note}</span>}{' '}
              {v.signOff ? (
                <span className="review-signed">{t('codebookReview.versions.signedBy', { by: v.signOff.by, date: date(v.signOff.at) })}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  aria-label={t('codebookReview.versions.signOffLabel', { name: v.name })}
                  onClick={() => void signOffVersion(history, v.id, props.author).catch(reportError)}
                >
                  {t('codebookReview.versions.signOff')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {versions.length > 0 && (
        <div className="review-compare">
          <h3>{t('codebookReview.diff.title')}</h3>
          <label className="field">
            {t('codebookReview.diff.from')}
            <select value={fromId ?? ''} onChange={(e) => setFrom(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('codebookReview.diff.to')}
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={current}>{t('codebookReview.diff.current')}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          {changes && <DiffView changes={changes} />}
        </div>
      )}
    </section>
  );
}
