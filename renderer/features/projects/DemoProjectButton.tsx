import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../services/AppContext';
import { navigate } from '../../services/routes';
import { createDemoProject } from '../demo/createDemoProject';
import { useStore } from '../../store/StoreProvider';

/** Builds the demo project from sample-data/ and opens it. */
export function useOpenDemo(): { busy: boolean; openDemo: () => Promise<void> } {
  const { updateSetting, reportError } = useApp();
  const { projects } = useStore();
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const openDemo = async () => {
    setBusy(true);
    try {
      const language = i18n.language === 'en' || i18n.language === 'nn' ? i18n.language : 'nb';
      const project = await createDemoProject(projects, language);
      await projects.markProjectOpened(project.id);
      await updateSetting('currentProjectId', project.id);
      navigate('sources');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, openDemo };
}

export function DemoProjectButton() {
  const { t } = useTranslation();
  const { busy, openDemo } = useOpenDemo();
  return (
    <button type="button" className="button" onClick={() => void openDemo()} disabled={busy} aria-busy={busy}>
      {busy ? t('projects.demoCreating') : t('projects.openDemo')}
    </button>
  );
}
