import type { App, BrowserWindow, Dialog, IpcMain, Menu, Screen, Shell } from 'electron';
import type { AppPaths } from './app-url';
import { registerIpcHandlers } from './ipc/register';
import type { SystemInfo } from './ipc/app-info';
import type { FileSystem } from './ipc/files';
import type { BackupFileSystem } from './ipc/register';
import { createApplicationMenu, createMenuCommandSender, initialMenuLanguage } from './menu';
import { hardenAllWebContents, secureSession } from './security';
import { claimSingleInstance } from './single-instance';
import { watchChildProcesses, watchRendererHealth } from './renderer-health';
import { guardCloseForBackup, type QuitBackupGuard } from './quit-backup';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState, trackWindowState, windowStateFile, type StateFiles } from './window-state';

export const appId = 'no.kodebok.app';

/** Electron's modules, passed in so that everything below can run in Node tests with fakes. */
export interface ElectronModules {
  app: Pick<
    App,
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'on'
    | 'whenReady'
    | 'getPath'
    | 'isPackaged'
    | 'getPreferredSystemLanguages'
    | 'setAppUserModelId'
    | 'enableSandbox'
  >;
  BrowserWindow: Pick<typeof BrowserWindow, 'getFocusedWindow'> &
    (new (...args: ConstructorParameters<typeof BrowserWindow>) => BrowserWindow);
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  ipcMain: Pick<IpcMain, 'handle'>;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The module, not the session: `defaultSession` exists only once the app is ready. */
  session: { readonly defaultSession: Parameters<typeof secureSession>[0] };
  screen: Pick<Screen, 'getAllDisplays'>;
}

export interface StartDependencies {
  electron: ElectronModules;
  fs: FileSystem & BackupFileSystem;
  stateFiles: StateFiles;
  paths: AppPaths;
  system: SystemInfo;
}

/**
 * Wires the app together: one instance, hardened web contents, CSP and permissions, the menu, the
 * IPC handlers, then the window. Resolves once the window has been created (or at once when another
 * instance already runs).
 */
export async function startApp(deps: StartDependencies): Promise<void> {
  const { app, BrowserWindow: WindowClass, Menu: MenuClass, screen, session, shell } = deps.electron;
  const { platform } = deps.system;
  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  if (!claimSingleInstance(app, getWindow)) return;
  app.enableSandbox();
  if (platform === 'win32') app.setAppUserModelId(appId);
  hardenAllWebContents(app, shell, deps.paths.rendererIndex);
  watchChildProcesses(app);
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  let quitBackup: QuitBackupGuard | null = null;

  await app.whenReady();
  const userData = app.getPath('userData');
  secureSession(session.defaultSession, deps.paths.rendererIndex);

  const menu = createApplicationMenu(
    MenuClass,
    createMenuCommandSender(() => WindowClass.getFocusedWindow(), getWindow),
    { platform, isDev: !app.isPackaged },
  );
  menu.setLanguage(initialMenuLanguage(app.getPreferredSystemLanguages()));

  registerIpcHandlers({
    ipcMain: deps.electron.ipcMain,
    dialog: deps.electron.dialog,
    fs: deps.fs,
    getWindow,
    menu,
    paths: { rendererIndex: deps.paths.rendererIndex, userData, documents: documentsFolder(app) },
    system: deps.system,
    quitBackup: { done: () => quitBackup?.done() },
  });

  const openMainWindow = () => {
    const stateFile = windowStateFile(userData);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow(WindowClass, deps.paths, loadWindowState(deps.stateFiles, stateFile, workAreas));
    trackWindowState(window, (state) => saveWindowState(deps.stateFiles, stateFile, state));
    watchRendererHealth(window, {
      dialog: deps.electron.dialog,
      quit: () => app.quit(),
      language: () => menu.language ?? 'nb',
    });
    // Closing (and quitting) waits briefly for the renderer's final backup.
    quitBackup = guardCloseForBackup(window, { isQuitting: () => quitting, quit: () => app.quit() });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openMainWindow();
  // macOS: clicking the dock icon with no window open brings one back.
  app.on('activate', () => {
    if (!getWindow()) openMainWindow();
  });
}

function documentsFolder(app: Pick<App, 'getPath'>): string | null {
  try {
    return app.getPath('documents');
  } catch {
    return null;
  }
}
