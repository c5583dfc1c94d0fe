import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { z } from 'zod';
import {
  channels,
  openFilesRequestSchema,
  saveFileRequestSchema,
  setLanguageRequestSchema,
  writeBackupRequestSchema,
} from '../../shared/ipc/contract';
import type { ApplicationMenu } from '../menu';
import { appInfo, type SystemInfo } from './app-info';
import { writeBackup, type BackupFileSystem } from './backup';
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
  now?: () => Date;
}

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
  handle(channels.writeBackup, writeBackupRequestSchema, (request) =>
    writeBackup(request, { fs: deps.fs, userData: deps.paths.userData, now: deps.now ?? (() => new Date()) }),
  );
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
