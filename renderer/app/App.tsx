import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AppSettings } from '../store/repositories/settings';
import { describeStorageError, type StorageProblem } from '../store/storage-errors';
import { useStore } from '../store/StoreProvider';
import type { PlatformBridge } from '../platform';
import { ToastProvider } from '../ui/Toasts';
import { AppContext, type AppServices } from '../services/AppContext';
import { ErrorBanner } from './ErrorBanner';
import { FirstStartDialog } from './FirstStartDialog';
import { Shell } from './Shell';
import { applyTheme } from './theme';
import { useMenuCommands } from './useMenuCommands';
import { useProjectFileCommands } from './useProjectFileCommands';
import { AboutDialog } from './AboutDialog';
import { UndoCommands } from './UndoCommands';
import { BackupFeatures } from '../features/backup/BackupFeatures';
import { MergeFlow } from '../features/exchange/MergeFlow';

/** The app's UI; the database it shows comes from the <StoreProvider> around it (see main.tsx). */
export function App(props: { bridge: PlatformBridge; i18n: i18n; initialSettings: AppSettings }) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <AppRoot {...props} />
    </I18nextProvider>
  );
}

function AppRoot({ bridge, initialSettings }: { bridge: PlatformBridge; initialSettings: AppSettings }) {
  const { settings: settingsStore, watchers } = useStore();
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [problem, setProblem] = useState<StorageProblem | null>(null);

  const reportError = useCallback((error: unknown) => {
    console.error(error);
    setProblem(describeStorageError(error));
  }, []);

  const updateSetting = useCallback(
    async <K extends keyof AppSettings>(key: K, value: AppSettings[K]) => {
      setSettings((s) => ({ ...s, [key]: value }));
      try {
        await settingsStore.writeSetting(key, value);
      } catch (error) {
        reportError(error);
      }
    },
    [settingsStore, reportError],
  );

  // A newer Kodebok in another window closes this window's connection: say so, and offer a reload.
  useEffect(() => watchers.watchConnection((event) => setProblem({ kind: event, detail: '' })), [watchers]);

  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(() => {
    document.documentElement.lang = settings.language;
    void i18n.changeLanguage(settings.language);
    void bridge.setLanguage(settings.language);
  }, [settings.language, i18n, bridge]);

  const services: AppServices = useMemo(
    () => ({ bridge, settings, updateSetting, reportError }),
    [bridge, settings, updateSetting, reportError],
  );
  useMenuCommands(services);

  return (
    <AppContext.Provider value={services}>
      <ToastProvider dismissLabel={t('errors.dismiss')}>
        {problem && <ErrorBanner problem={problem} onDismiss={() => setProblem(null)} />}
        <ProjectFileCommands />
        <BackupFeatures />
        <MergeFlow />
        <UndoCommands />
        <Shell />
        <FirstStartDialog />
        <AboutDialog />
      </ToastProvider>
    </AppContext.Provider>
  );
}

/** Lives inside the toast provider so backup/export can report where the file went. */
function ProjectFileCommands() {
  useProjectFileCommands();
  return null;
}
