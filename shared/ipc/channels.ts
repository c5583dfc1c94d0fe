/**
 * Channel names and menu commands, free of zod so the sandboxed preload can bundle them
 * (it may require nothing but `electron` at run time). Schemas live in contract.ts.
 */
export const channels = {
  appInfo: 'kodebok:app-info',
  openFiles: 'kodebok:open-files',
  saveFile: 'kodebok:save-file',
  pickFolder: 'kodebok:pick-folder',
  setLanguage: 'kodebok:set-language',
  // A backup is written in chunks (begin, append…, commit or abort): a large project never has
  // to fit in one IPC message.
  backupBegin: 'kodebok:backup-begin',
  backupAppend: 'kodebok:backup-append',
  backupCommit: 'kodebok:backup-commit',
  backupAbort: 'kodebok:backup-abort',
  backupList: 'kodebok:backup-list',
  backupPick: 'kodebok:backup-pick',
  backupOpen: 'kodebok:backup-open',
  backupRead: 'kodebok:backup-read',
  /** renderer → main: the final backup asked for by quitBackupRequest is written (or was not needed). */
  quitBackupDone: 'kodebok:quit-backup-done',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'kodebok:menu-command',
  /** main → renderer: the window is closing; write a final backup now, then call quitBackupDone. */
  quitBackupRequest: 'kodebok:quit-backup-request',
} as const;

/** Channels the main process sends on; every other channel is a request the main process handles. */
export const mainToRendererChannels: readonly string[] = [channels.menuCommand, channels.quitBackupRequest];

export const menuCommands = [
  'new-project',
  'open-project',
  'import',
  // File > Import REFI-QDA project (.qdpx)… (renderer/features/exchange/ImportRefiFlow).
  'import-refi',
  'export',
  'backup-now',
  'restore-backup',
  'merge-project',
  'undo',
  'redo',
  'toggle-theme',
  'about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
