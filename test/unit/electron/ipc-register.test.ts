import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels, mainToRendererChannels, maxBackupChunkBytes } from '../../../shared/ipc/contract';
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
    open: vi.fn(),
  };
  const menu = { setLanguage: vi.fn() };
  const quitBackup = { done: vi.fn() };
  // The backup file as an injected stream: counts what arrives instead of writing it.
  const streamed = { bytes: 0, chunks: 0, closed: false };
  const openForWrite = vi.fn(async () => ({
    write: async (chunk: Uint8Array) => {
      streamed.bytes += chunk.byteLength;
      streamed.chunks += 1;
    },
    close: async () => {
      streamed.closed = true;
    },
  }));
  let window: FakeWindow | null = new FakeWindow(1);
  registerIpcHandlers({
    ipcMain: ipcMain as unknown as IpcMain,
    dialog: dialog as unknown as Dialog,
    fs: fs as unknown as IpcDependencies['fs'],
    getWindow: () => window as unknown as BrowserWindow | null,
    menu,
    paths: { rendererIndex, userData: '/home/ola/.config/Kodebok', documents: '/home/ola/Documents' },
    system: { platform: 'linux', release: '6.8.0', arch: 'x64' },
    quitBackup,
    openForWrite,
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
    expect(openForWrite).not.toHaveBeenCalled();
    expect(quitBackup.done).not.toHaveBeenCalled();
  };
  return {
    handlers,
    dialog,
    fs,
    menu,
    quitBackup,
    streamed,
    openForWrite,
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
    const requestChannels = Object.values(channels).filter((c) => !mainToRendererChannels.includes(c));
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
      channels.backupBegin,
      { projectId: '01HZY3J4K5M6N7P8Q9R0S1T2V3', projectName: '' },
      'Invalid request to kodebok:backup-begin: projectName must not be empty',
    ],
    [
      'a project id that is a path',
      channels.backupBegin,
      { projectId: '../../.bashrc', projectName: 'Intervjuer' },
      /^Invalid request to kodebok:backup-begin: projectId is not in the accepted format/,
    ],
    [
      'a backup chunk as text',
      channels.backupAppend,
      { writeId: 'aaaaaaaa-bbbb', chunk: '{"format":"kodebok-project-backup"}' },
      'Invalid request to kodebok:backup-append: chunk must be bytes (Uint8Array)',
    ],
    [
      'a backup chunk larger than one message may carry',
      channels.backupAppend,
      { writeId: 'aaaaaaaa-bbbb', chunk: new Uint8Array(maxBackupChunkBytes + 1) },
      'Invalid request to kodebok:backup-append: chunk must be between 1 byte and 8 MiB (send a large backup as several chunks)',
    ],
    [
      'keeping no backups at all',
      channels.backupCommit,
      { writeId: 'aaaaaaaa-bbbb', keep: 0 },
      'Invalid request to kodebok:backup-commit: keep must be at least 1',
    ],
    [
      'a path to read as a backup',
      channels.backupOpen,
      { fileName: '../../.ssh/id_rsa' },
      'Invalid request to kodebok:backup-open: fileName must be a file name in the backups folder, not a path',
    ],
    [
      'reading more than one message may carry',
      channels.backupRead,
      { handle: 'aaaaaaaa-bbbb', offset: 0, length: maxBackupChunkBytes + 1 },
      `Invalid request to kodebok:backup-read: length must be at most ${maxBackupChunkBytes}`,
    ],
    [
      'a payload for quitBackupDone',
      channels.quitBackupDone,
      { saved: true },
      'Invalid request to kodebok:quit-backup-done: this request takes no arguments, but got an object',
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
  it('a backup larger than 200 MB streams through begin/append/commit, each chunk validated', async () => {
    const t = setup();
    const event = trustedEvent(t.window!);
    t.fs.readdir.mockResolvedValue([]);
    const { writeId } = (await t.invoke(channels.backupBegin, event, {
      projectId: '01HZY3J4K5M6N7P8Q9R0S1T2V3',
      projectName: 'Stor studie',
    })) as { writeId: string };
    // One chunk buffer, sent 26 times: 208 MiB arrive without any message carrying more than 8 MiB.
    const chunk = new Uint8Array(maxBackupChunkBytes);
    for (let i = 0; i < 26; i++) await t.invoke(channels.backupAppend, event, { writeId, chunk });
    const result = await t.invoke(channels.backupCommit, event, { writeId, keep: 20 });
    expect(t.streamed).toEqual({ bytes: 26 * maxBackupChunkBytes, chunks: 26, closed: true });
    expect(t.streamed.bytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(result).toMatchObject({
      fileName: expect.stringMatching(/^stor-studie-\d{4}-\d{2}-\d{2}-\d{6}\.01HZY3J4K5M6N7P8Q9R0S1T2V3\.kodebok\.json$/),
      folder: expect.stringMatching(/Kodebok[\\/]backups$/),
    });
    expect(t.fs.rename).toHaveBeenCalledTimes(1);
  });

  it('quitBackupDone tells the closing window that the final backup is written', async () => {
    const t = setup();
    await t.invoke(channels.quitBackupDone, trustedEvent(t.window!));
    expect(t.quitBackup.done).toHaveBeenCalledTimes(1);
  });

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
