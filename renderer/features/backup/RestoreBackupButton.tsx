import { useTranslation } from 'react-i18next';
import { requestRestore } from './restore-requests';

/** The Projects screen's way to File > Restore from backup… (the browser build has no menu). */
export function RestoreBackupButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={() => requestRestore({ kind: 'pick' })}>
      {t('backup.restore')}
    </button>
  );
}
