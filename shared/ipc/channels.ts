/**
 * Channel names and menu commands, free of zod so the sandboxed preload can bundle them
 * (it may require nothing but `electron` at run time). Schemas live in contract.ts.
 */
export const channels = {
  appInfo: 'kodebok:app-info',
  openFiles: 'kodebok:open-files',
  saveFile: 'kodebok:save-file',
  pickFolder: 'kodebok:pick-folder',
  writeBackup: 'kodebok:write-backup',
  setLanguage: 'kodebok:set-language',
  /** main → renderer: a menu item was chosen. */
  menuCommand: 'kodebok:menu-command',
} as const;

export const menuCommands = [
  'new-project',
  'open-project',
  'import',
  'export',
  'backup-now',
  'undo',
  'redo',
  'toggle-theme',
  'about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
