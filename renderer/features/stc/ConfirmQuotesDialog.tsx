import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsConfirmation } from '../../store/commands/stc';
import type { StcRows } from '../../store/queries/stc';
import { useSourcePassages } from '../../store/queries/source-passages';
import { formatNumber } from '../../i18n/format';
import { useModal } from '../../ui/useModal';
import { passageOf } from './passage';

/**
 * Asks before a change takes golden quotes (or a written analytic text) with it: names each quote
 * in its words and where it stands, so nothing goes unannounced. Escape and "Keep" cancel.
 */
export function ConfirmQuotesDialog(props: {
  answer: NeedsConfirmation;
  rows: StcRows;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, true);
  const { quotes, analyticTexts } = props.answer;
  const passages = useSourcePassages(quotes.map((q) => q.sourceId));
  const titleOf = new Map(props.rows.sources.map((s) => [s.id, s.title]));
  const groupName = new Map(props.rows.codeGroups.map((g) => [g.id, g.name]));
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      aria-labelledby="stc-confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="stc-confirm-title">{t('stc.dialog.title')}</h2>
      {quotes.length > 0 && <p>{t('stc.confirm.quotes', { count: quotes.length })}</p>}
      {quotes.length > 0 && (
        <ul className="stc-confirm-quotes">
          {quotes.map((q) => (
            <li key={q.id}>
              <blockquote>{passageOf(passages, q).text}</blockquote>
              <span className="muted small">
                {t('stc.dialog.quoteFrom', { source: titleOf.get(q.sourceId) ?? '', start: n(q.start), end: n(q.end) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {analyticTexts.length > 0 && <p>{t('stc.confirm.analyticText')}</p>}
      {analyticTexts.length > 0 && (
        <ul className="consequences">
          {analyticTexts.map((text) => (
            <li key={text.id}>
              {t('stc.dialog.analyticText', { heading: text.heading || groupName.get(text.codeGroupId) || '' })}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel} autoFocus>
          {t('stc.confirm.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={props.onConfirm}>
          {t('stc.confirm.proceed')}
        </button>
      </div>
    </dialog>
  );
}
