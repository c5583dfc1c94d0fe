import type { KodebokApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';

/** Electron prefixes errors from main with "Error invoking remote method '…': Error: "; users need only the message. */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

function clean<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw cleanIpcError(error);
    }
  };
}

export function createElectronBridge(api: KodebokApi): PlatformBridge {
  return {
    kind: 'electron',
    appInfo: clean(() => api.appInfo()),
    openFiles: clean((options) => api.openFiles(options)),
    saveFile: clean((options) => api.saveFile(options)),
    writeBackup: clean((projectName, data) => api.writeBackup({ projectName, data })),
    setLanguage: clean((language) => api.setLanguage(language)),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
