import { useTranslation } from 'react-i18next';
import { useApp } from '../../services/AppContext';
import { emitCommand } from '../../services/menu-commands';

/** The Projects screen's way to Project ▸ Merge another coder's project… (the browser build has no menu). */
export function MergeProjectButton() {
  const { t } = useTranslation();
  const { settings } = useApp();
  if (!settings.currentProjectId) return null;
  return (
    <button type="button" className="button" onClick={() => emitCommand('merge-project')}>
      {t('merge.open')}
    </button>
  );
}
