import Dexie, { type EntityTable } from 'dexie';
import type { BackupListResult, StoredBackup, WriteBackupResult } from '../../shared/ipc/contract';
import type { BackupTarget } from './bridge';

/** One backup kept in the browser: the file's bytes as the pieces it was written in. */
interface StoredBackupRow extends StoredBackup {
  projectId: string;
  projectName: string;
  pieces: Uint8Array[];
}

type BackupDb = Dexie & { backups: EntityTable<StoredBackupRow, 'id'> };

export const webBackupDatabaseName = 'kodebok-backups';

/**
 * The browser build's backups folder: a small IndexedDB database of its own, apart from the
 * project store, so a damaged or full project store does not take its backups with it, and its
 * schema never has to move in step with the project schema.
 */
export class WebBackupStore {
  private readonly db: BackupDb;

  constructor(name = webBackupDatabaseName) {
    this.db = new Dexie(name) as BackupDb;
    // Append-only, like the project schema: add a version, never edit this one.
    this.db.version(1).stores({ backups: 'id, projectId' });
  }

  async write(
    target: BackupTarget,
    pieces: Uint8Array[],
    fileName: string,
    savedAt: Date,
    keep: number,
  ): Promise<WriteBackupResult> {
    const row: StoredBackupRow = {
      id: sortableId(savedAt),
      projectId: target.projectId,
      projectName: target.projectName,
      fileName,
      savedAt: savedAt.toISOString(),
      sizeBytes: pieces.reduce((n, p) => n + p.byteLength, 0),
      pieces,
    };
    await this.db.transaction('rw', this.db.backups, async () => {
      await this.db.backups.add(row);
      const newestFirst = await this.projectRows(target.projectId);
      await this.db.backups.bulkDelete(newestFirst.slice(keep).map((r) => r.id));
    });
    return { fileName, folder: '' };
  }

  async list(projectId: string): Promise<BackupListResult> {
    const rows = await this.projectRows(projectId);
    return {
      folder: null,
      backups: rows.map(({ id, fileName, savedAt, sizeBytes }) => ({ id, fileName, savedAt, sizeBytes })),
    };
  }

  /** The stored file as one buffer, and its name. */
  async read(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const row = await this.db.backups.get(id);
    if (!row) throw new Error('This backup is no longer stored.');
    const bytes = new Uint8Array(row.sizeBytes);
    let offset = 0;
    for (const piece of row.pieces) {
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
    return { fileName: row.fileName, bytes };
  }

  close(): void {
    this.db.close();
  }

  /** Newest first (ids sort in the order they were written). */
  private async projectRows(projectId: string): Promise<StoredBackupRow[]> {
    const rows = await this.db.backups.where('projectId').equals(projectId).toArray();
    return rows.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }
}

let written = 0;
/** Time, then a counter for backups in the same millisecond, then a few random letters for other tabs. */
function sortableId(at: Date): string {
  written += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `${at.getTime().toString(36).padStart(10, '0')}-${written.toString(36).padStart(6, '0')}-${random}`;
}
