import type { ContextBridge } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels, menuCommands, type KodebokApi } from '../../../shared/ipc/contract';
import {
  createKodebokApi,
  exposeKodebokApi,
  preloadChannels,
  preloadMenuCommands,
  type RendererIpc,
} from '../../../electron/preload-api';

/** A fake ipcRenderer with real listener bookkeeping. */
function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => 'result' as unknown),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipc, senderId: 0 }, ...args);
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

const apiFunctions: (keyof KodebokApi)[] = [
  'appInfo',
  'openFiles',
  'saveFile',
  'pickFolder',
  'beginBackup',
  'appendBackup',
  'commitBackup',
  'abortBackup',
  'listBackups',
  'pickBackupFile',
  'openStoredBackup',
  'readBackupChunk',
  'setLanguage',
  'onMenuCommand',
  'onQuitBackupRequest',
];

describe('preload', () => {
  it('exposes exactly the KodebokApi functions as window.kodebok, and nothing else', () => {
    const ipc = fakeIpcRenderer();
    const contextBridge = { exposeInMainWorld: vi.fn() };
    exposeKodebokApi(contextBridge as unknown as ContextBridge, ipc as unknown as RendererIpc);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(key).toBe('kodebok');
    expect(Object.keys(api).sort()).toEqual([...apiFunctions].sort());
    for (const name of apiFunctions) expect(typeof api[name], name).toBe('function');
    // ipcRenderer itself is not reachable from the exposed object.
    expect(Object.values(api)).not.toContain(ipc);
  });

  it('uses the contract channel names and menu commands', () => {
    expect(preloadChannels).toEqual(channels);
    expect(preloadMenuCommands).toEqual(menuCommands);
  });

  it('invokes one fixed channel per function with the request as the only argument', async () => {
    const ipc = fakeIpcRenderer();
    const api = createKodebokApi(ipc as unknown as RendererIpc);
    const open = { multiple: true, filters: [] };
    const save = { suggestedName: 'a.txt', filters: [], data: 'x' };
    const begin = { projectId: 'P1', projectName: 'P' };
    const append = { writeId: 'w1', chunk: new Uint8Array([123]) };
    const commit = { writeId: 'w1', keep: 20 };
    const read = { handle: 'h1', offset: 0, length: 10 };
    await api.appInfo();
    await api.openFiles(open);
    await api.saveFile(save);
    await api.pickFolder();
    await api.beginBackup(begin);
    await expect(api.appendBackup(append)).resolves.toBeUndefined();
    await api.commitBackup(commit);
    await expect(api.abortBackup({ writeId: 'w1' })).resolves.toBeUndefined();
    await api.listBackups({ projectId: 'P1' });
    await api.pickBackupFile();
    await api.openStoredBackup({ fileName: 'a.kodebok.json' });
    await api.readBackupChunk(read);
    await expect(api.setLanguage('nn')).resolves.toBeUndefined();
    expect(ipc.invoke.mock.calls).toEqual([
      [channels.appInfo],
      [channels.openFiles, open],
      [channels.saveFile, save],
      [channels.pickFolder],
      [channels.backupBegin, begin],
      [channels.backupAppend, append],
      [channels.backupCommit, commit],
      [channels.backupAbort, { writeId: 'w1' }],
      [channels.backupList, { projectId: 'P1' }],
      [channels.backupPick],
      [channels.backupOpen, { fileName: 'a.kodebok.json' }],
      [channels.backupRead, read],
      [channels.setLanguage, { language: 'nn' }],
    ]);
  });

  it('passes rejections from the main process through', async () => {
    const ipc = fakeIpcRenderer();
    ipc.invoke.mockRejectedValueOnce(new Error('Invalid request to kodebok:save-file: …'));
    const api = createKodebokApi(ipc as unknown as RendererIpc);
    await expect(api.saveFile({ suggestedName: 'a', filters: [], data: '' })).rejects.toThrow(/Invalid request/);
  });

  it('forwards menu commands without the event, ignores unknown ones, and unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const api = createKodebokApi(ipc as unknown as RendererIpc);
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    ipc.emit(channels.menuCommand, 'import');
    ipc.emit(channels.menuCommand, 'rm -rf');
    ipc.emit(channels.menuCommand, { command: 'import' });
    ipc.emit('kodebok:other', 'undo');
    expect(listener.mock.calls).toEqual([['import']]);

    unsubscribe();
    expect(ipc.count(channels.menuCommand)).toBe(0);
    ipc.emit(channels.menuCommand, 'undo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => unsubscribe()).not.toThrow();
  });

  it('keeps separate subscriptions independent', () => {
    const ipc = fakeIpcRenderer();
    const api = createKodebokApi(ipc as unknown as RendererIpc);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onMenuCommand(first);
    api.onMenuCommand(second);
    stopFirst();
    ipc.emit(channels.menuCommand, 'redo');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('redo');
  });

  it('answers a quit-backup request once the listener has written (or failed), then stops listening', async () => {
    const ipc = fakeIpcRenderer();
    const api = createKodebokApi(ipc as unknown as RendererIpc);
    let finish!: () => void;
    const listener = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = api.onQuitBackupRequest(listener);
    ipc.emit(channels.quitBackupRequest);
    expect(listener).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    // Not answered while the backup is being written.
    expect(ipc.invoke).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith(channels.quitBackupDone));

    // A failed backup still lets the window close.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    listener.mockImplementationOnce(async () => Promise.reject(new Error('disk full')));
    ipc.emit(channels.quitBackupRequest);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledTimes(2));
    error.mockRestore();

    stop();
    expect(ipc.count(channels.quitBackupRequest)).toBe(0);
  });
});
