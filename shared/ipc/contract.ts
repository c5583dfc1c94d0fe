import { z } from 'zod';

/**
 * The one contract between the renderer and the main process. Every channel has a zod schema for
 * its request; the main process validates with it and rejects anything else. The preload exposes
 * exactly these channels as typed functions on `window.kodebok`.
 */
export { channels, mainToRendererChannels, menuCommands } from './channels';
import { menuCommands, type MenuCommand } from './channels';
export type { MenuCommand } from './channels';

export const languageSchema = z.enum(['nb', 'nn', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1).max(30),
  })
  .strict();
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const openFilesRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    multiple: z.boolean(),
    filters: z.array(fileFilterSchema).max(20),
  })
  .strict();
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;

/** Largest file the main process reads for the renderer (import of a 20 MB transcript must work). */
export const maxFileBytes = 200 * 1024 * 1024;

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export const saveFileRequestSchema = z
  .object({
    title: z.string().max(200).optional(),
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
    filters: z.array(fileFilterSchema).max(20),
    data: z.union([z.string(), z.instanceof(Uint8Array)]),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export interface SaveFileResult {
  saved: boolean;
  /** The file name chosen (not the full path: the renderer has no use for it). */
  fileName: string | null;
}

/** Backups are named and pruned by project id (a ULID), so it must be safe inside a file name. */
const projectIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
/** Opaque ids the main process hands out for a backup being written or a backup file opened. */
const tokenSchema = z.string().regex(/^[0-9a-f-]{8,64}$/);

/** Largest piece of a backup in one IPC message; a backup of any size is sent as many pieces. */
export const maxBackupChunkBytes = 8 * 1024 * 1024;

export const backupBeginRequestSchema = z
  .object({ projectId: projectIdSchema, projectName: z.string().min(1).max(200) })
  .strict();
export type BackupBeginRequest = z.infer<typeof backupBeginRequestSchema>;

export interface BackupBeginResult {
  writeId: string;
}

export const backupAppendRequestSchema = z
  .object({
    writeId: tokenSchema,
    chunk: z
      .instanceof(Uint8Array, { message: 'bytes (Uint8Array)' })
      .refine(
        (bytes) => bytes.byteLength > 0 && bytes.byteLength <= maxBackupChunkBytes,
        `between 1 byte and ${maxBackupChunkBytes / 1024 / 1024} MiB (send a large backup as several chunks)`,
      ),
  })
  .strict();
/** Any Uint8Array may be sent (zod's instanceof narrows it to one over an ArrayBuffer). */
export type BackupAppendRequest = Omit<z.infer<typeof backupAppendRequestSchema>, 'chunk'> & { chunk: Uint8Array };

export const backupCommitRequestSchema = z
  .object({ writeId: tokenSchema, keep: z.number().int().min(1).max(1000) })
  .strict();
export type BackupCommitRequest = z.infer<typeof backupCommitRequestSchema>;

export const backupAbortRequestSchema = z.object({ writeId: tokenSchema }).strict();
export type BackupAbortRequest = z.infer<typeof backupAbortRequestSchema>;

export interface WriteBackupResult {
  fileName: string;
  /** Folder the backup went to, shown to the user so they can find it. */
  folder: string;
}

export const backupListRequestSchema = z.object({ projectId: projectIdSchema }).strict();
export type BackupListRequest = z.infer<typeof backupListRequestSchema>;

/** One stored backup of a project, newest first in a list. */
export interface StoredBackup {
  /** What to ask for to read it: the file name in the backups folder (web: the stored row's id). */
  id: string;
  fileName: string;
  /** When it was written (ISO). */
  savedAt: string;
  sizeBytes: number;
}

export interface BackupListResult {
  /** Where the backups are (null in the browser, where they live in its storage). */
  folder: string | null;
  backups: StoredBackup[];
}

export const backupOpenRequestSchema = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/]/.test(n) && !n.startsWith('.'), 'a file name in the backups folder, not a path'),
  })
  .strict();
export type BackupOpenRequest = z.infer<typeof backupOpenRequestSchema>;

/** A backup file the main process opened for reading; read it with backupRead. */
export interface BackupFileHandle {
  handle: string;
  fileName: string;
  sizeBytes: number;
}

export const backupReadRequestSchema = z
  .object({
    handle: tokenSchema,
    offset: z.number().int().min(0),
    length: z.number().int().min(1).max(maxBackupChunkBytes),
  })
  .strict();
export type BackupReadRequest = z.infer<typeof backupReadRequestSchema>;

export const setLanguageRequestSchema = z.object({ language: languageSchema }).strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
  os: string;
  userDataFolder: string | null;
}

export const menuCommandSchema = z.enum(menuCommands);

/** What the preload exposes as `window.kodebok`. */
export interface KodebokApi {
  appInfo(): Promise<AppInfo>;
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  pickFolder(): Promise<string | null>;
  beginBackup(request: BackupBeginRequest): Promise<BackupBeginResult>;
  appendBackup(request: BackupAppendRequest): Promise<void>;
  commitBackup(request: BackupCommitRequest): Promise<WriteBackupResult>;
  abortBackup(request: BackupAbortRequest): Promise<void>;
  listBackups(request: BackupListRequest): Promise<BackupListResult>;
  /** The open dialog, in the backups folder; null when cancelled. */
  pickBackupFile(): Promise<BackupFileHandle | null>;
  openStoredBackup(request: BackupOpenRequest): Promise<BackupFileHandle>;
  readBackupChunk(request: BackupReadRequest): Promise<Uint8Array>;
  setLanguage(language: Language): Promise<void>;
  /** Returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Called when the window is about to close: write a final backup; the main process closes the
   * window once the returned promise settles (or after a short timeout). Returns a function that
   * stops listening.
   */
  onQuitBackupRequest(listener: () => Promise<void>): () => void;
}
