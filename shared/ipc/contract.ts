import { z } from 'zod';

/**
 * The one contract between the renderer and the main process. Every channel has a zod schema for
 * its request; the main process validates with it and rejects anything else. The preload exposes
 * exactly these channels as typed functions on `window.kodebok`.
 */
export { channels, menuCommands } from './channels';
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

export const writeBackupRequestSchema = z
  .object({
    projectName: z.string().min(1).max(200),
    data: z.string().max(maxFileBytes),
  })
  .strict();
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export interface WriteBackupResult {
  fileName: string;
  /** Folder the backup went to, shown to the user so they can find it. */
  folder: string;
}

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
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  setLanguage(language: Language): Promise<void>;
  /** Returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
