import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type {
  BackupFileHandle,
  BackupListRequest,
  BackupListResult,
  BackupOpenRequest,
  BackupReadRequest,
} from '../../shared/ipc/contract';
import { backupFolder, isBackupFileName, projectBackups } from './backup';
import type { FileDialogs } from './files';
import { describeFsError } from './fs-errors';

export interface BackupReaderDependencies {
  fs: Pick<typeof fsPromises, 'readdir' | 'stat' | 'open'>;
  dialogs: Pick<FileDialogs, 'showOpenDialog'>;
  userData: string;
  newHandle: () => string;
}

/** Files opened for reading at once; older handles are forgotten (the renderer reads one at a time). */
const maxHandles = 8;

/**
 * Lists a project's backups and reads a chosen backup back in chunks, so a restore of any size
 * never needs one huge IPC message. The renderer never sends a path: it gets an opaque handle for a
 * file the user picked in the dialog or for a backup in the backups folder, and reads by handle.
 */
export class BackupReader {
  private readonly handles = new Map<string, string>();

  constructor(private readonly deps: BackupReaderDependencies) {}

  get folder(): string {
    return backupFolder(this.deps.userData);
  }

  async list(request: BackupListRequest): Promise<BackupListResult> {
    let names: string[];
    try {
      names = await this.deps.fs.readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { folder: this.folder, backups: [] };
      throw new Error(`Could not list the backups in ${this.folder}: ${describeFsError(error)}.`, { cause: error });
    }
    const backups = [];
    for (const fileName of projectBackups(names, request.projectId).reverse()) {
      try {
        const stats = await this.deps.fs.stat(path.join(this.folder, fileName));
        backups.push({ id: fileName, fileName, savedAt: stats.mtime.toISOString(), sizeBytes: stats.size });
      } catch {
        // Deleted between listing and looking: not a backup any more.
      }
    }
    return { folder: this.folder, backups };
  }

  async pick(): Promise<BackupFileHandle | null> {
    const result = await this.deps.dialogs.showOpenDialog({
      defaultPath: this.folder,
      properties: ['openFile'],
      filters: [{ name: 'Kodebok', extensions: ['json'] }],
    });
    const file = result.canceled ? undefined : result.filePaths[0];
    return file ? this.register(file) : null;
  }

  async open(request: BackupOpenRequest): Promise<BackupFileHandle> {
    if (!isBackupFileName(request.fileName))
      throw new Error(`"${request.fileName}" is not a Kodebok backup in ${this.folder}.`);
    return this.register(path.join(this.folder, request.fileName));
  }

  async read(request: BackupReadRequest): Promise<Uint8Array> {
    const file = this.handles.get(request.handle);
    if (!file) throw new Error('This backup file is no longer open. Choose it again.');
    try {
      const handle = await this.deps.fs.open(file, 'r');
      try {
        const buffer = new Uint8Array(request.length);
        const { bytesRead } = await handle.read(buffer, 0, request.length, request.offset);
        return bytesRead === request.length ? buffer : buffer.slice(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw new Error(`Could not read "${path.basename(file)}": ${describeFsError(error)}.`, { cause: error });
    }
  }

  private async register(file: string): Promise<BackupFileHandle> {
    const fileName = path.basename(file);
    let size: number;
    try {
      const stats = await this.deps.fs.stat(file);
      if (!stats.isFile()) throw new Error(`Could not read "${fileName}": it is not a regular file.`);
      size = stats.size;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Could not read')) throw error;
      throw new Error(`Could not read "${fileName}": ${describeFsError(error)}.`, { cause: error });
    }
    const handle = this.deps.newHandle();
    this.handles.set(handle, file);
    for (const old of this.handles.keys()) {
      if (this.handles.size <= maxHandles) break;
      this.handles.delete(old);
    }
    return { handle, fileName, sizeBytes: size };
  }
}
