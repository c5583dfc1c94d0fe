import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../store/storage-errors';

/** A failure in words, with what to do. Stays until dismissed; assertive so it is heard. */
export function ErrorBanner({ problem, onDismiss }: { problem: StorageProblem; onDismiss: () => void }) {
  const { t } = useTranslation();
  const mustReload = problem.kind === 'upgraded' || problem.kind === 'closed';
  return (
    <div className="error-banner" role="alert">
      <strong>{t(mustReload ? 'errors.reloadTitle' : 'errors.title')}</strong>
      <span>{t(`errors.storage.${problem.kind}`, { detail: problem.detail })}</span>
      {mustReload && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
