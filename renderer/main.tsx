import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { detectPlatform } from './platform';
import { watchConnection } from './store/connection';
import { createDatabase } from './store/db';
import { StoreProvider } from './store/StoreProvider';
import { requestPersistentStorage } from './store/persistence';
import { purgeDeletedProjects } from './store/repositories/projects';
import { readSettings } from './store/repositories/settings';
import { describeStorageError } from './store/storage-errors';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const db = createDatabase();
  let opened = false;
  // An older window still holds the store while this one upgrades it: say why nothing shows yet
  // (the open goes on by itself once the other window closes).
  const stopWatching = watchConnection(db, (event) => {
    if (event !== 'blocked') return;
    document.getElementById('root')!.dataset.storage = 'blocked';
    void initI18n('nb').then((i18n) => {
      if (opened) return;
      root.render(
        <p role="status" className="fatal">
          {i18n.t('errors.storage.blocked')}
        </p>,
      );
    });
  });
  try {
    await db.open();
    opened = true;
    stopWatching();
    delete document.getElementById('root')!.dataset.storage;
    // Projects deleted in an earlier session are past their undo window.
    await purgeDeletedProjects(db);
  } catch (error) {
    const problem = describeStorageError(error);
    const i18n = await initI18n('nb');
    root.render(
      <p role="alert" className="fatal">
        {i18n.t(`errors.storage.${problem.kind}`, { detail: problem.detail })}
      </p>,
    );
    return;
  }
  void requestPersistentStorage();
  const settings = await readSettings(db);
  const i18n = await initI18n(settings.language);
  root.render(
    <StrictMode>
      <StoreProvider db={db}>
        <App bridge={detectPlatform()} i18n={i18n} initialSettings={settings} />
      </StoreProvider>
    </StrictMode>,
  );
}

void start();
