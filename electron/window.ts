import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { appName } from '../shared/version';
import { defaultWindowState, minimumWindowSize, type WindowState } from './window-state';

export interface MainWindowPaths {
  preload: string;
  rendererIndex: string;
}

/**
 * The only window. The renderer is an untrusted web page as far as the OS is concerned: isolated
 * context, no Node, sandboxed, same-origin policy on; it reaches the OS only through the preload.
 */
export function mainWindowOptions(
  paths: MainWindowPaths,
  state: WindowState = defaultWindowState,
): BrowserWindowConstructorOptions {
  return {
    title: appName,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the window hidden, shows it once painted, and loads the bundled renderer. */
export function createMainWindow(
  BrowserWindowClass: WindowConstructor,
  paths: MainWindowPaths,
  state: WindowState = defaultWindowState,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(paths, state));
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.loadFile(paths.rendererIndex).catch((error: unknown) => {
    // A missing or broken renderer build would otherwise leave an invisible window behind.
    console.error(`Could not load ${paths.rendererIndex} (run "npm run build:renderer"):`, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
