// Runs in the sandboxed preload: only `electron` may be required at run time, so values come from
// the zod-free shared/ipc/channels.ts, never from the contract (that would pull zod in).
import type { ContextBridge, IpcRenderer } from 'electron';
import type {
  AppInfo,
  BackupBeginResult,
  BackupFileHandle,
  BackupListResult,
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
    beginBackup: (request) => ipc.invoke(ch.backupBegin, request) as Promise<BackupBeginResult>,
    appendBackup: async (request) => {
      await ipc.invoke(ch.backupAppend, request);
    },
    commitBackup: (request) => ipc.invoke(ch.backupCommit, request) as Promise<WriteBackupResult>,
    abortBackup: async (request) => {
      await ipc.invoke(ch.backupAbort, request);
    },
    listBackups: (request) => ipc.invoke(ch.backupList, request) as Promise<BackupListResult>,
    pickBackupFile: () => ipc.invoke(ch.backupPick) as Promise<BackupFileHandle | null>,
    openStoredBackup: (request) => ipc.invoke(ch.backupOpen, request) as Promise<BackupFileHandle>,
    readBackupChunk: (request) => ipc.invoke(ch.backupRead, request) as Promise<Uint8Array>,
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
    onQuitBackupRequest(listener) {
      if (typeof listener !== 'function') throw new TypeError('onQuitBackupRequest needs a function');
      const answer = async () => {
        try {
          await listener();
        } catch (error) {
          // The window closes either way; the failure is the renderer's to report.
          console.error('Final backup failed:', error);
        }
        await ipc.invoke(ch.quitBackupDone);
      };
      const forward = () => void answer();
      ipc.on(ch.quitBackupRequest, forward);
      return () => {
        ipc.removeListener(ch.quitBackupRequest, forward);
      };
    },
  };
}

export function exposeKodebokApi(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: RendererIpc): void {
  contextBridge.exposeInMainWorld('kodebok', createKodebokApi(ipc));
}
