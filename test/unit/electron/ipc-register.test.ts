import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { registerIpcHandlers, type IpcDependencies } from '../../../electron/ipc/register';
import { appPageUrl, FakeWindow, rendererIndex, trustedEvent } from './fakes';

afterEach(() => {
  vi.restoreAllMocks();
});

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: vi.fn((channel: string, fn: Invoke) => handlers.set(channel, fn)) };
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  };
  const fs = {
    stat: vi.fn(),
    readFile: vi.fn(),
    writeFile: vi.fn(),
    mkdir: vi.fn(),
    readdir: vi.fn(async () => []),
    rename: vi.fn(),
    unlink: vi.fn(),
  };
  const menu = { setLanguage: vi.fn() };
  let window: FakeWindow | null = new FakeWindow(1);
  registerIpcHandlers({
    ipcMain: ipcMain as unknown as IpcMain,
    dialog: dialog as unknown as Dialog,
    fs: fs as unknown as IpcDependencies['fs'],
    getWindow: () => window as unknown as BrowserWindow | null,
    menu,
    paths: { rendererIndex, userData: '/home/ola/.config/Kodebok', documents: '/home/ola/Documents' },
    system: { platform: 'linux', release: '6.8.0', arch: 'x64' },
  });
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  const nothingTouched = () => {
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    for (const fn of Object.values(fs)) expect(fn).not.toHaveBeenCalled();
    expect(menu.setLanguage).not.toHaveBeenCalled();
  };
  return {
    handlers,
    dialog,
    fs,
    menu,
    invoke,
    nothingTouched,
    get window() {
      return window;
    },
    setWindow(next: FakeWindow | null) {
      window = next;
    },
  };
}

const filters = [{ name: 'Text', extensions: ['txt', 'docx'] }];
const goodSave = { suggestedName: 'rapport.csv', filters, data: 'a;b\n1;2' };

describe('IPC registration', () => {
  it('registers exactly one handler per request channel', () => {
    const { handlers } = setup();
    const requestChannels = Object.values(channels).filter((c) => c !== channels.menuCommand);
    expect([...handlers.keys()].sort()).toEqual([...requestChannels].sort());
  });
});

describe('malformed requests are rejected with a clear message and do nothing', () => {
  const cases: [string, string, unknown, RegExp | string][] = [
    [
      'a path as suggestedName',
      channels.saveFile,
      { ...goodSave, suggestedName: '../../.bashrc' },
      'Invalid request to kodebok:save-file: suggestedName must be a file name, not a path',
    ],
    [
      'a Windows path as suggestedName',
      channels.saveFile,
      { ...goodSave, suggestedName: 'C:\\Users\\ola\\x.csv' },
      'Invalid request to kodebok:save-file: suggestedName must be a file name, not a path',
    ],
    [
      'data of the wrong type',
      channels.saveFile,
      { ...goodSave, data: 42 },
      'Invalid request to kodebok:save-file: data must be a string or bytes (Uint8Array), not a number',
    ],
    [
      'an extra key',
      channels.saveFile,
      { ...goodSave, path: '/etc/passwd' },
      'Invalid request to kodebok:save-file: the request has an unknown field "path"',
    ],
    [
      'no payload at all',
      channels.saveFile,
      undefined,
      'Invalid request to kodebok:save-file: the request must be an object, not nothing',
    ],
    [
      'an unknown language',
      channels.setLanguage,
      { language: 'de' },
      'Invalid request to kodebok:set-language: language must be one of "nb", "nn", "en", not "de"',
    ],
    [
      'a bare language string instead of an object',
      channels.setLanguage,
      'nb',
      'Invalid request to kodebok:set-language: the request must be an object, not a string',
    ],
    [
      'multiple of the wrong type',
      channels.openFiles,
      { multiple: 'yes', filters },
      'Invalid request to kodebok:open-files: multiple must be a boolean, not a string',
    ],
    [
      'a missing field',
      channels.openFiles,
      { filters },
      'Invalid request to kodebok:open-files: multiple is missing (expected a boolean)',
    ],
    [
      'a bad filter extension',
      channels.openFiles,
      { multiple: true, filters: [{ name: 'Text', extensions: ['../txt'] }] },
      /^Invalid request to kodebok:open-files: filters\[0\]\.extensions\[0\] is not in the accepted format/,
    ],
    [
      'too many filters',
      channels.openFiles,
      { multiple: true, filters: Array.from({ length: 21 }, () => filters[0]) },
      'Invalid request to kodebok:open-files: filters must have at most 20 items',
    ],
    [
      'an empty project name',
      channels.writeBackup,
      { projectName: '', data: '{}' },
      'Invalid request to kodebok:write-backup: projectName must not be empty',
    ],
    [
      'backup data as bytes',
      channels.writeBackup,
      { projectName: 'Intervjuer', data: new Uint8Array([1]) },
      'Invalid request to kodebok:write-backup: data must be a string, not bytes',
    ],
    [
      'a payload for a channel that takes none',
      channels.pickFolder,
      { path: '/' },
      'Invalid request to kodebok:pick-folder: this request takes no arguments, but got an object',
    ],
    [
      'a payload for appInfo',
      channels.appInfo,
      'x',
      'Invalid request to kodebok:app-info: this request takes no arguments, but got a string',
    ],
  ];

  it.each(cases)('%s', async (_name, channel, payload, message) => {
    const t = setup();
    const promise = t.invoke(channel, trustedEvent(t.window!), payload);
    if (typeof message === 'string') await expect(promise).rejects.toThrow(new Error(message));
    else await expect(promise).rejects.toThrow(message);
    t.nothingTouched();
  });

  it('reports how many further problems there are, on one line', async () => {
    const t = setup();
    const error = await t
      .invoke(channels.openFiles, trustedEvent(t.window!), { multiple: 1, filters: 'all', x: 1 })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Invalid request to kodebok:open-files: .+ \(and 2 more problems\)$/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses extra arguments', async () => {
    const t = setup();
    await expect(t.invoke(channels.setLanguage, trustedEvent(t.window!), { language: 'nb' }, 'extra')).rejects.toThrow(
      'Invalid request to kodebok:set-language: expected one argument, got 2',
    );
    t.nothingTouched();
  });
});

describe('only our own window may call', () => {
  const refused = /^Refused request to kodebok:save-file: it did not come from the Kodebok window$/;

  it.each<[string, (w: FakeWindow) => unknown]>([
    ['another web contents', (w) => ({ ...trustedEvent(w), sender: { id: 99 } })],
    ['a sub-frame of our window', (w) => ({ ...trustedEvent(w), senderFrame: { parent: {}, url: appPageUrl } })],
    ['our window showing a web page', (w) => trustedEvent(w, 'https://evil.example/')],
    ['our window showing another local file', (w) => trustedEvent(w, 'file:///tmp/evil.html')],
    ['a frame that is gone', (w) => ({ ...trustedEvent(w), senderFrame: null })],
  ])('refuses %s', async (_name, makeEvent) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = setup();
    await expect(t.invoke(channels.saveFile, makeEvent(t.window!), goodSave)).rejects.toThrow(refused);
    t.nothingTouched();
  });

  it('refuses everything once the window is closed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = setup();
    const event = trustedEvent(t.window!);
    t.window!.destroyed = true;
    await expect(t.invoke(channels.saveFile, event, goodSave)).rejects.toThrow(refused);
    t.setWindow(null);
    await expect(t.invoke(channels.saveFile, event, goodSave)).rejects.toThrow(refused);
    t.nothingTouched();
  });
});

describe('valid requests reach their handlers', () => {
  it('appInfo describes the app and where its data lives', async () => {
    const t = setup();
    await expect(t.invoke(channels.appInfo, trustedEvent(t.window!))).resolves.toEqual({
      name: 'Kodebok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      platform: 'electron',
      os: 'Linux 6.8.0 (x64)',
      userDataFolder: '/home/ola/.config/Kodebok',
    });
  });

  it('setLanguage rebuilds the menu', async () => {
    const t = setup();
    await expect(t.invoke(channels.setLanguage, trustedEvent(t.window!), { language: 'nn' })).resolves.toBeUndefined();
    expect(t.menu.setLanguage).toHaveBeenCalledWith('nn');
  });

  it('dialogs open as children of the main window, starting in Documents', async () => {
    const t = setup();
    await expect(t.invoke(channels.saveFile, trustedEvent(t.window!), goodSave)).resolves.toEqual({
      saved: false,
      fileName: null,
    });
    expect(t.dialog.showSaveDialog).toHaveBeenCalledWith(
      t.window,
      expect.objectContaining({ defaultPath: expect.stringMatching(/Documents[\\/]rapport\.csv$/), filters }),
    );
    await expect(t.invoke(channels.pickFolder, trustedEvent(t.window!))).resolves.toBeNull();
    expect(t.dialog.showOpenDialog).toHaveBeenCalledWith(
      t.window,
      expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }),
    );
  });
});
