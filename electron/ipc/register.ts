import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import {
  backupAbortRequestSchema,
  backupAppendRequestSchema,
  backupBeginRequestSchema,
  backupCommitRequestSchema,
  backupListRequestSchema,
  backupOpenRequestSchema,
  backupReadRequestSchema,
  channels,
  openFilesRequestSchema,
  saveFileRequestSchema,
  setLanguageRequestSchema,
} from '../../shared/ipc/contract';
import type { ApplicationMenu } from '../menu';
import { appInfo, type SystemInfo } from './app-info';
import { BackupReader, type BackupReaderDependencies } from './backup-reader';
import { BackupWriter, type BackupWriterDependencies, type StreamingFile } from './backup-writer';
import { openFiles, pickFolder, saveFile, type FileDialogs, type FileSystem } from './files';
import { createHandle, isTrustedSender } from './handle';
import { setLanguage } from './language';

export interface IpcDependencies {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  fs: FileSystem & BackupFileSystem;
  /** The main window: the only trusted sender, and the parent of every dialog. */
  getWindow: () => BrowserWindow | null;
  menu: Pick<ApplicationMenu, 'setLanguage'>;
  paths: { rendererIndex: string; userData: string; documents: string | null };
  system: SystemInfo;
  /** Told when the renderer has written the final backup the closing window asked for. */
  quitBackup: { done(): void };
  now?: () => Date;
  /** Opens a backup file for writing in chunks; `fs.open(path, 'w')` unless a test streams elsewhere. */
  openForWrite?: (filePath: string) => Promise<StreamingFile>;
}

export type BackupFileSystem = BackupWriterDependencies['fs'] & BackupReaderDependencies['fs'];

/** Channels that take no payload accept exactly nothing. */
const noRequest = z.undefined();

export function registerIpcHandlers(deps: IpcDependencies): void {
  const handle = createHandle(deps.ipcMain, (event) =>
    isTrustedSender(event, deps.getWindow(), deps.paths.rendererIndex),
  );
  const dialogs = parentedDialogs(deps.dialog, deps.getWindow);
  const files = { dialogs, fs: deps.fs, defaultFolder: deps.paths.documents };

  handle(channels.appInfo, noRequest, () => appInfo(deps.system, deps.paths.userData));
  handle(channels.openFiles, openFilesRequestSchema, (request) => openFiles(request, files));
  handle(channels.saveFile, saveFileRequestSchema, (request) => saveFile(request, files));
  handle(channels.pickFolder, noRequest, () => pickFolder(files));
  const writer = new BackupWriter({
    fs: deps.fs,
    openForWrite: deps.openForWrite ?? ((filePath) => deps.fs.open(filePath, 'w')),
    userData: deps.paths.userData,
    now: deps.now ?? (() => new Date()),
    newWriteId: randomUUID,
  });
  const reader = new BackupReader({ fs: deps.fs, dialogs, userData: deps.paths.userData, newHandle: randomUUID });
  handle(channels.backupBegin, backupBeginRequestSchema, (request) => writer.begin(request));
  handle(channels.backupAppend, backupAppendRequestSchema, (request) => writer.append(request));
  handle(channels.backupCommit, backupCommitRequestSchema, (request) => writer.commit(request));
  handle(channels.backupAbort, backupAbortRequestSchema, (request) => writer.abort(request));
  handle(channels.backupList, backupListRequestSchema, (request) => reader.list(request));
  handle(channels.backupPick, noRequest, () => reader.pick());
  handle(channels.backupOpen, backupOpenRequestSchema, (request) => reader.open(request));
  handle(channels.backupRead, backupReadRequestSchema, (request) => reader.read(request));
  handle(channels.quitBackupDone, noRequest, () => deps.quitBackup.done());
  handle(channels.setLanguage, setLanguageRequestSchema, (request) => setLanguage(request, deps.menu));
}

/** Dialogs modal to the main window when it exists, so they cannot hide behind it. */
export function parentedDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  getWindow: () => BrowserWindow | null,
): FileDialogs {
  const parent = () => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  return {
    showOpenDialog(options) {
      const window = parent();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog(options) {
      const window = parent();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
}
