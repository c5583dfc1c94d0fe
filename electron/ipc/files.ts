import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  maxFileBytes,
  type OpenFilesRequest,
  type PickedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc/contract';
import { describeFsError } from './fs-errors';

/** Native dialogs, already attached to the main window (see register.ts). */
export interface FileDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export type FileSystem = Pick<typeof fsPromises, 'stat' | 'readFile' | 'writeFile'>;

export interface FileDependencies {
  dialogs: FileDialogs;
  fs: FileSystem;
  /** Where the save dialog starts (the user's Documents folder). */
  defaultFolder: string | null;
  /** Per-file limit; the contract's {@link maxFileBytes} unless a test lowers it. */
  maxBytes?: number;
}

/**
 * Lets the user choose files and returns their bytes. Every file's size is checked before any is
 * read, so one oversize file fails the whole choice quickly and names itself.
 */
export async function openFiles(request: OpenFilesRequest, deps: FileDependencies): Promise<PickedFile[]> {
  const limit = deps.maxBytes ?? maxFileBytes;
  const result = await deps.dialogs.showOpenDialog({
    ...(request.title ? { title: request.title } : {}),
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: request.filters,
  });
  if (result.canceled) return [];
  const chosen = request.multiple ? result.filePaths : result.filePaths.slice(0, 1);

  for (const file of chosen) {
    const name = path.basename(file);
    let stats: Awaited<ReturnType<FileSystem['stat']>>;
    try {
      stats = await deps.fs.stat(file);
    } catch (error) {
      throw new Error(`Could not read "${name}": ${describeFsError(error)}.`, { cause: error });
    }
    if (!stats.isFile()) throw new Error(`Could not read "${name}": it is not a regular file.`);
    if (stats.size > limit) throw new Error(tooLarge(name, stats.size, limit));
  }

  const picked: PickedFile[] = [];
  for (const file of chosen) {
    const name = path.basename(file);
    let buffer: Buffer;
    try {
      buffer = await deps.fs.readFile(file);
    } catch (error) {
      throw new Error(`Could not read "${name}": ${describeFsError(error)}.`, { cause: error });
    }
    // The file may have grown since it was measured.
    if (buffer.byteLength > limit) throw new Error(tooLarge(name, buffer.byteLength, limit));
    picked.push({ name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
  }
  return picked;
}

export async function saveFile(request: SaveFileRequest, deps: FileDependencies): Promise<SaveFileResult> {
  const result = await deps.dialogs.showSaveDialog({
    ...(request.title ? { title: request.title } : {}),
    defaultPath: deps.defaultFolder ? path.join(deps.defaultFolder, request.suggestedName) : request.suggestedName,
    filters: request.filters,
  });
  if (result.canceled || !result.filePath) return { saved: false, fileName: null };
  const fileName = path.basename(result.filePath);
  try {
    await deps.fs.writeFile(result.filePath, request.data);
  } catch (error) {
    throw new Error(`Could not save "${fileName}": ${describeFsError(error)}.`, { cause: error });
  }
  return { saved: true, fileName };
}

export async function pickFolder(deps: Pick<FileDependencies, 'dialogs'>): Promise<string | null> {
  const result = await deps.dialogs.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function tooLarge(name: string, size: number, limit: number): string {
  return (
    `"${name}" is too large to open (${megabytes(size)}; the limit is ${megabytes(limit)}). ` +
    'Split it into smaller files and import those.'
  );
}

/** Rounded up, so a file just over the limit never reads as "200 MB; the limit is 200 MB". */
function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${mb} MB`;
}
