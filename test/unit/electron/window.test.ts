import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../electron/window';
import { FakeWindow, preloadPath, rendererIndex } from './fakes';

const paths = { preload: preloadPath, rendererIndex };

function fakeWindowClass() {
  const created: { options: BrowserWindowConstructorOptions; window: FakeWindow }[] = [];
  const WindowClass = vi.fn(function (this: unknown, options: BrowserWindowConstructorOptions) {
    const window = new FakeWindow();
    created.push({ options, window });
    return window;
  });
  return { WindowClass: WindowClass as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, created };
}

describe('main window', () => {
  it('isolates the renderer: context isolation, no Node, sandbox, web security, our preload', () => {
    const { webPreferences } = mainWindowOptions(paths);
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: preloadPath,
    });
  });

  it('is 1280×800 by default, at least 900×600, titled Kodebok, hidden until painted', () => {
    const options = mainWindowOptions(paths);
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      title: 'Kodebok',
      show: false,
    });
    expect(options.x).toBeUndefined();
  });

  it('uses remembered bounds', () => {
    const options = mainWindowOptions(paths, { x: 40, y: 50, width: 1000, height: 700, maximized: false });
    expect(options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
  });

  it('creates the window with those options, loads the renderer file and shows on ready-to-show', () => {
    const { WindowClass, created } = fakeWindowClass();
    createMainWindow(WindowClass, paths);
    expect(created).toHaveLength(1);
    const { options, window } = created[0]!;
    expect(options.webPreferences?.sandbox).toBe(true);
    expect(window.loadFile).toHaveBeenCalledWith(rendererIndex);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('maximises a window that was maximised last time', () => {
    const { WindowClass, created } = fakeWindowClass();
    createMainWindow(WindowClass, paths, { width: 1280, height: 800, maximized: true });
    created[0]!.window.emit('ready-to-show');
    expect(created[0]!.window.maximize).toHaveBeenCalled();
  });

  it('shows the window anyway when the renderer cannot be loaded, instead of hiding forever', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const window = new FakeWindow();
    window.loadFile.mockRejectedValue(new Error('ERR_FILE_NOT_FOUND'));
    const Failing = vi.fn(function () {
      return window;
    }) as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow;
    createMainWindow(Failing, paths);
    await vi.waitFor(() => expect(window.show).toHaveBeenCalled());
    expect(error.mock.calls[0]?.[0]).toContain('npm run build:renderer');
    error.mockRestore();
  });
});
