import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type {
  BackupAbortRequest,
  BackupAppendRequest,
  BackupBeginRequest,
  BackupBeginResult,
  BackupCommitRequest,
  WriteBackupResult,
} from '../../shared/ipc/contract';
import { backupFileName, backupFolder, pruneBackups } from './backup';
import { describeFsError } from './fs-errors';

/** A file being written piece by piece (node:fs/promises' FileHandle has this shape). */
export interface StreamingFile {
  write(chunk: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}

export interface BackupWriterDependencies {
  fs: Pick<typeof fsPromises, 'mkdir' | 'readdir' | 'rename' | 'unlink'>;
  /** Creates (or empties) a file for writing; `(p) => fs.open(p, 'w')` in the app. */
  openForWrite(filePath: string): Promise<StreamingFile>;
  userData: string;
  now: () => Date;
  /** A fresh opaque id (crypto.randomUUID in the app). */
  newWriteId: () => string;
}

interface PendingWrite {
  projectId: string;
  projectName: string;
  startedAt: Date;
  temporary: string;
  file: StreamingFile;
  /** Appends run one after another even if the renderer sends them without waiting. */
  queue: Promise<unknown>;
}

/** Backups written at the same time at most (the automatic one and a manual one, with room to spare). */
const maxPendingWrites = 4;

/**
 * Writes backups in chunks so that no single IPC message has to carry a whole project (a large
 * one is hundreds of MB): begin opens a temporary file, append adds a chunk, commit closes it,
 * renames it to its real name and prunes the project's older backups; abort throws it away. A
 * crash at any point leaves at most a hidden `.part` file, which the next begin removes, never half
 * a backup under a real name.
 */
export class BackupWriter {
  private readonly writes = new Map<string, PendingWrite>();

  constructor(private readonly deps: BackupWriterDependencies) {}

  get folder(): string {
    return backupFolder(this.deps.userData);
  }

  async begin(request: BackupBeginRequest): Promise<BackupBeginResult> {
    if (this.writes.size >= maxPendingWrites)
      throw new Error('Too many backups are being written at once. Wait for them to finish and try again.');
    const writeId = this.deps.newWriteId();
    const temporary = path.join(this.folder, `.backup-${writeId}.part`);
    const file = await this.guard(async () => {
      await this.deps.fs.mkdir(this.folder, { recursive: true });
      await this.removeStaleParts();
      return this.deps.openForWrite(temporary);
    });
    this.writes.set(writeId, {
      projectId: request.projectId,
      projectName: request.projectName,
      startedAt: this.deps.now(),
      temporary,
      file,
      queue: Promise.resolve(),
    });
    return { writeId };
  }

  async append(request: BackupAppendRequest): Promise<void> {
    const write = this.pending(request.writeId);
    const next = write.queue.then(() => this.guard(() => write.file.write(request.chunk)));
    write.queue = next.catch(() => undefined);
    try {
      await next;
    } catch (error) {
      // A failed chunk means a broken file: drop it now, so commit cannot keep it.
      await this.discard(request.writeId);
      throw error;
    }
  }

  async commit(request: BackupCommitRequest): Promise<WriteBackupResult> {
    const write = this.pending(request.writeId);
    this.writes.delete(request.writeId);
    return this.guard(async () => {
      try {
        await write.queue;
        await write.file.close();
        const existing = new Set(await this.deps.fs.readdir(this.folder));
        let n = 1;
        while (existing.has(backupFileName(write.projectName, write.projectId, write.startedAt, n))) n++;
        const fileName = backupFileName(write.projectName, write.projectId, write.startedAt, n);
        await this.deps.fs.rename(write.temporary, path.join(this.folder, fileName));
        await pruneBackups(this.deps.fs, this.folder, write.projectId, request.keep);
        return { fileName, folder: this.folder };
      } catch (error) {
        await this.deps.fs.unlink(write.temporary).catch(() => undefined);
        throw error;
      }
    });
  }

  async abort(request: BackupAbortRequest): Promise<void> {
    await this.discard(request.writeId);
  }

  private async discard(writeId: string): Promise<void> {
    const write = this.writes.get(writeId);
    if (!write) return;
    this.writes.delete(writeId);
    await write.file.close().catch(() => undefined);
    await this.deps.fs.unlink(write.temporary).catch(() => undefined);
  }

  private pending(writeId: string): PendingWrite {
    const write = this.writes.get(writeId);
    if (!write)
      throw new Error('This backup is no longer being written (it was finished, cancelled or failed). Start it again.');
    return write;
  }

  /** Temporary files of backups that were cut short (the app was killed while writing). */
  private async removeStaleParts(): Promise<void> {
    const current = new Set([...this.writes.values()].map((w) => path.basename(w.temporary)));
    for (const name of await this.deps.fs.readdir(this.folder)) {
      if (/^\.backup-.+\.part$/.test(name) && !current.has(name))
        await this.deps.fs.unlink(path.join(this.folder, name)).catch(() => undefined);
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new Error(`Could not write the backup to ${this.folder}: ${describeFsError(error)}.`, { cause: error });
    }
  }
}
