import type {
  AppInfo,
  BackupListResult,
  FileFilter,
  Language,
  MenuCommand,
  PickedFile,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupResult,
} from '../../shared/ipc/contract';

/** Which project a backup belongs to: named and pruned by id; the name is only for people. */
export interface BackupTarget {
  projectId: string;
  projectName: string;
}

export interface WriteBackupOptions {
  /** How many of the project's backups to keep (the newest); older ones are deleted. */
  keep: number;
  /** A backup the user asked for: the browser build also downloads it (it has no backups folder). */
  manual?: boolean;
}

/**
 * The renderer's one way to the operating system. The Electron implementation goes through the
 * preload's `window.kodebok`; the web implementation uses a file input and downloads, so the same
 * renderer runs in a browser for `npm run web` and the end-to-end tests.
 */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  openFiles(options: { title?: string; multiple: boolean; filters: FileFilter[] }): Promise<PickedFile[]>;
  saveFile(options: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Stores a backup file given as consecutive pieces (shared/backup's encodeBackup): Electron in
   * the app's backups folder, sent in chunks; the browser in its own storage.
   */
  writeBackup(target: BackupTarget, pieces: Uint8Array[], options: WriteBackupOptions): Promise<WriteBackupResult>;
  /** A project's stored backups, newest first. */
  listBackups(projectId: string): Promise<BackupListResult>;
  readStoredBackup(id: string): Promise<Uint8Array>;
  /** Lets the user choose a backup file; null when cancelled. */
  pickBackupFile(): Promise<PickedFile | null>;
  /** Only where stored backups are out of the user's reach (the browser): saves one as a download. */
  downloadStoredBackup?(id: string): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The app is closing: the listener writes a final backup (Electron; a no-op in the browser). */
  onQuitBackupRequest(listener: () => Promise<void>): () => void;
}
