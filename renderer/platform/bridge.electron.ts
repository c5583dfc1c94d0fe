import type { KodebokApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';
import { chunksOf, readInChunks } from './chunks';

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

export function createElectronBridge(api: KodebokApi, options: { maxChunkBytes?: number } = {}): PlatformBridge {
  const readAll = async (file: { handle: string; sizeBytes: number }) =>
    readInChunks(file.sizeBytes, (offset, length) => api.readBackupChunk({ handle: file.handle, offset, length }), options.maxChunkBytes);
  return {
    kind: 'electron',
    appInfo: clean(() => api.appInfo()),
    openFiles: clean((options) => api.openFiles(options)),
    saveFile: clean((options) => api.saveFile(options)),
    writeBackup: clean(async (target, pieces, { keep }) => {
      const { writeId } = await api.beginBackup(target);
      try {
        for (const chunk of chunksOf(pieces, options.maxChunkBytes)) await api.appendBackup({ writeId, chunk });
        return await api.commitBackup({ writeId, keep });
      } catch (error) {
        await api.abortBackup({ writeId }).catch(() => undefined);
        throw error;
      }
    }),
    listBackups: clean((projectId) => api.listBackups({ projectId })),
    readStoredBackup: clean(async (id) => readAll(await api.openStoredBackup({ fileName: id }))),
    pickBackupFile: clean(async () => {
      const file = await api.pickBackupFile();
      return file ? { name: file.fileName, bytes: await readAll(file) } : null;
    }),
    setLanguage: clean((language) => api.setLanguage(language)),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onQuitBackupRequest: (listener) => api.onQuitBackupRequest(listener),
  };
}
