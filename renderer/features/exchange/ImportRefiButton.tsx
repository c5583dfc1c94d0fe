import { useTranslation } from 'react-i18next';
import { requestRefiImport } from './import-refi-requests';

/** The Projects screen's way to File > Import REFI-QDA project… (the browser build has no menu). */
export function ImportRefiButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={requestRefiImport}>
      {t('exchangeImport.open')}
    </button>
  );
}
