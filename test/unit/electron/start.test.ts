import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { channels, mainToRendererChannels } from '../../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../../electron/security';
import { startApp, type StartDependencies } from '../../../electron/start';
import { FakeEmitter, FakeWindow, preloadPath, rendererIndex } from './fakes';

function fakeElectron(options: { gotLock?: boolean; platform?: NodeJS.Platform } = {}) {
  const order: string[] = [];
  const windows: { window: FakeWindow; options: { webPreferences?: Record<string, unknown> } }[] = [];
  const app = Object.assign(new FakeEmitter(), {
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    whenReady: vi.fn(async () => {
      order.push('ready');
    }),
    getPath: vi.fn((name: string) => `/home/ola/${name}`),
    isPackaged: true,
    getPreferredSystemLanguages: vi.fn(() => ['nb-NO']),
    setAppUserModelId: vi.fn(),
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
  });
  app.on.mockImplementation((event: string, listener: (...args: unknown[]) => unknown) => {
    order.push(`app.on:${event}`);
    app.listeners.set(event, [...(app.listeners.get(event) ?? []), listener]);
    return app;
  });
  const BrowserWindow = Object.assign(
    vi.fn(function (this: unknown, windowOptions: { webPreferences?: Record<string, unknown> }) {
      order.push('new BrowserWindow');
      const window = new FakeWindow(windows.length + 1);
      windows.push({ window, options: windowOptions });
      return window;
    }),
    { getFocusedWindow: vi.fn(() => null) },
  );
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn((_listener: unknown) => order.push('csp')) },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  };
  const ipcMain = { handle: vi.fn((channel: string) => order.push(`handle:${channel}`)) };
  const Menu = { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn(() => order.push('menu')) };
  const electron = {
    app,
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain,
    Menu,
    shell: { openExternal: vi.fn() },
    session,
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  };
  const deps = {
    electron,
    fs: {},
    stateFiles: {
      readFileSync: vi.fn(() => {
        throw new Error('ENOENT');
      }),
      writeFileSync: vi.fn(),
    },
    paths: { preload: preloadPath, rendererIndex },
    system: { platform: options.platform ?? 'linux', release: '6.8', arch: 'x64' },
  } as unknown as StartDependencies;
  return { deps, app, order, windows, ipcMain, Menu, session };
}

describe('startApp', () => {
  it('quits without a window when another instance runs', async () => {
    const { deps, app, windows } = fakeElectron({ gotLock: false });
    await startApp(deps);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('hardens, secures the session, builds the menu and registers handlers before the window exists', async () => {
    const { deps, order, windows, session, ipcMain } = fakeElectron();
    await startApp(deps);
    const windowAt = order.indexOf('new BrowserWindow');
    expect(windowAt).toBeGreaterThan(0);
    for (const step of ['enableSandbox', 'app.on:web-contents-created', 'csp', 'menu', `handle:${channels.saveFile}`]) {
      expect(order.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(step), step).toBeLessThan(windowAt);
    }
    expect(order.indexOf('app.on:web-contents-created')).toBeLessThan(order.indexOf('ready'));
    const requestChannels = Object.values(channels).filter((c) => !mainToRendererChannels.includes(c));
    expect(ipcMain.handle).toHaveBeenCalledTimes(requestChannels.length);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options.webPreferences).toMatchObject({
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
    });
    expect(windows[0]!.window.loadFile).toHaveBeenCalledWith(rendererIndex);

    const listener = session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as unknown as (
      d: object,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let headers: Record<string, string[]> = {};
    listener({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });

  it('builds the menu in the OS language, without developer items when packaged', async () => {
    const { deps, Menu } = fakeElectron();
    await startApp(deps);
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as { label: string; submenu: { role?: string }[] }[];
    expect(template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    expect(template[2]!.submenu.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('quits when the last window closes, except on macOS, where activate reopens it', async () => {
    const linux = fakeElectron();
    await startApp(linux.deps);
    linux.app.emit('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalled();

    const mac = fakeElectron({ platform: 'darwin' });
    await startApp(mac.deps);
    mac.windows[0]!.window.emit('closed');
    mac.app.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
    mac.app.emit('activate');
    expect(mac.windows).toHaveLength(2);
    mac.app.emit('activate');
    expect(mac.windows).toHaveLength(2);
  });

  it('closing the window first asks the renderer for a final backup, then closes when it is written', async () => {
    const { deps, windows, ipcMain } = fakeElectron();
    await startApp(deps);
    const { window } = windows[0]!;
    const close = vi.fn();
    Object.assign(window, { close });
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(channels.quitBackupRequest);

    // The renderer answers on quitBackupDone, from our own window.
    const [, done] = ipcMain.handle.mock.calls.find(([channel]) => channel === channels.quitBackupDone)! as unknown as [
      string,
      (event: unknown) => Promise<unknown>,
    ];
    await done({ sender: { id: window.webContents.id }, senderFrame: { parent: null, url: pathToFileURL(rendererIndex).href } });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('quitting (Cmd+Q, File > Quit) waits for the backup too, then quits', async () => {
    const { deps, windows, app, ipcMain } = fakeElectron({ platform: 'darwin' });
    await startApp(deps);
    const { window } = windows[0]!;
    app.emit('before-quit');
    window.emit('close', { preventDefault: vi.fn() });
    expect(app.quit).not.toHaveBeenCalled();
    const [, done] = ipcMain.handle.mock.calls.find(([channel]) => channel === channels.quitBackupDone)! as unknown as [
      string,
      (event: unknown) => Promise<unknown>,
    ];
    await done({ sender: { id: window.webContents.id }, senderFrame: { parent: null, url: pathToFileURL(rendererIndex).href } });
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('focuses the existing window when the app is launched again', async () => {
    const { deps, app, windows } = fakeElectron();
    await startApp(deps);
    app.emit('second-instance', {}, []);
    expect(windows[0]!.window.focus).toHaveBeenCalled();
  });

  it('watches the window for crashes and hangs, in the menu\'s language, and logs dead helper processes', async () => {
    const { deps, app, windows } = fakeElectron();
    const showMessageBox = vi.fn(() => new Promise(() => {}));
    Object.assign(deps.electron.dialog, { showMessageBox });
    await startApp(deps);
    expect(app.has('child-process-gone')).toBe(true);
    const window = windows[0]!.window;
    expect(window.has('unresponsive') && window.has('responsive')).toBe(true);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Last inn på nytt', 'Avslutt Kodebok'] }));
  });
});
