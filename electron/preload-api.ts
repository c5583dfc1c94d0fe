// Runs in the sandboxed preload: only `electron` may be required at run time, so values come from
// the zod-free shared/ipc/channels.ts, never from the contract (that would pull zod in).
import type { ContextBridge, IpcRenderer } from 'electron';
import type {
  AppInfo,
  KodebokApi,
  MenuCommand,
  PickedFile,
  SaveFileResult,
  WriteBackupResult,
} from '../shared/ipc/contract';

import { channels, menuCommands } from '../shared/ipc/channels';

export const preloadChannels = channels;

export const preloadMenuCommands = menuCommands;

const knownMenuCommands: ReadonlySet<string> = new Set(preloadMenuCommands);

export type RendererIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * `window.kodebok`: one function per channel. The renderer never gets ipcRenderer itself, an
 * event object, or a way to name a channel.
 */
export function createKodebokApi(ipc: RendererIpc): KodebokApi {
  const ch = preloadChannels;
  return {
    appInfo: () => ipc.invoke(ch.appInfo) as Promise<AppInfo>,
    openFiles: (request) => ipc.invoke(ch.openFiles, request) as Promise<PickedFile[]>,
    saveFile: (request) => ipc.invoke(ch.saveFile, request) as Promise<SaveFileResult>,
    pickFolder: () => ipc.invoke(ch.pickFolder) as Promise<string | null>,
    writeBackup: (request) => ipc.invoke(ch.writeBackup, request) as Promise<WriteBackupResult>,
    setLanguage: async (language) => {
      await ipc.invoke(ch.setLanguage, { language });
    },
    onMenuCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const forward = (_event: unknown, command: unknown) => {
        if (typeof command === 'string' && knownMenuCommands.has(command)) listener(command as MenuCommand);
      };
      ipc.on(ch.menuCommand, forward);
      return () => {
        ipc.removeListener(ch.menuCommand, forward);
      };
    },
  };
}

export function exposeKodebokApi(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: RendererIpc): void {
  contextBridge.exposeInMainWorld('kodebok', createKodebokApi(ipc));
}
