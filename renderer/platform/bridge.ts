import type {
  AppInfo,
  FileFilter,
  Language,
  MenuCommand,
  PickedFile,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupResult,
} from '../../shared/ipc/contract';

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
  /** Stores a backup where the user can find it; the web build downloads it. */
  writeBackup(projectName: string, data: string): Promise<WriteBackupResult>;
  setLanguage(language: Language): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
