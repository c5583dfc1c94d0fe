import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StcRows } from '../../../shared/stc/rows';
import { useSourceTexts } from '../../store/queries/stc-texts';
import { useModal } from '../../ui/useModal';
import type { PendingConfirmation } from './useStcRun';

/**
 * Asks before a change takes golden quotes (and maybe an analytic text) with it, naming each quote
 * by its words and source, so nothing goes unannounced. "Keep" is the default button.
 */
export function QuoteLossDialog({ rows, pending, onCancel }: { rows: StcRows; pending: PendingConfirmation | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, pending !== null);
  const quotes = pending?.asked.quotes ?? [];
  const texts = useSourceTexts(
    rows.projectId,
    quotes.map((q) => q.sourceId),
  );
  const titles = new Map(rows.sources.map((s) => [s.id, s.title]));
  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      aria-labelledby="stc-loss-title"
      aria-describedby="stc-loss-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {pending && (
        <>
          <h2 id="stc-loss-title">{t('stc.confirm.title')}</h2>
          <p id="stc-loss-body">{t('stc.confirm.quotes', { count: quotes.length })}</p>
          <ul className="stc-loss-list">
            {quotes.map((q) => (
              <li key={q.id}>
                <q>{texts?.get(q.sourceId)?.text.slice(q.start, q.end) ?? '…'}</q>
                <span className="muted small"> — {titles.get(q.sourceId) ?? ''}</span>
              </li>
            ))}
          </ul>
          {pending.asked.analyticTexts.length > 0 && <p>{t('stc.confirm.analyticText')}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onCancel} autoFocus>
              {t('stc.confirm.cancel')}
            </button>
            <button type="button" className="button button-danger" onClick={() => void pending.proceed()}>
              {t('stc.confirm.proceed')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
