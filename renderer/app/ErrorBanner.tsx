import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../store/storage-errors';

/** A failure in words, with what to do. Stays until dismissed; assertive so it is heard. */
export function ErrorBanner({ problem, onDismiss }: { problem: StorageProblem; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <strong>{t('errors.title')}</strong>
      <span>{t(`errors.storage.${problem.kind}`, { detail: problem.detail })}</span>
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
