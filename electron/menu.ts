import type { BrowserWindow, Menu, MenuItemConstructorOptions } from 'electron';
import { channels, type Language, type MenuCommand } from '../shared/ipc/contract';
import { appName } from '../shared/version';
import { menuLabels } from './menu-labels';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Unpackaged runs get Reload and DevTools. */
  isDev: boolean;
}

export type SendMenuCommand = (command: MenuCommand) => void;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu. Items that belong to the app send a {@link MenuCommand} to the renderer;
 * undo/redo too, because the app keeps its own undo stack (the renderer decides whether a text
 * field or the project gets it). Clipboard items use the native roles.
 */
export function buildMenuTemplate(
  language: Language,
  send: SendMenuCommand,
  options: MenuOptions = { platform: process.platform, isDev: false },
): MenuItemConstructorOptions[] {
  const l = menuLabels[language];
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: name,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        command(l.about, 'about'),
        separator,
        { role: 'services', label: l.services },
        separator,
        { role: 'hide', label: l.hide },
        { role: 'hideOthers', label: l.hideOthers },
        { role: 'unhide', label: l.showAll },
        separator,
        { role: 'quit', label: l.quitApp },
      ],
    });
  }
  template.push({
    label: l.file,
    submenu: [
      command(l.newProject, 'new-project', 'CmdOrCtrl+N'),
      command(l.openProject, 'open-project', 'CmdOrCtrl+O'),
      command(l.import, 'import', 'CmdOrCtrl+I'),
      command(l.importRefi, 'import-refi'),
      command(l.export, 'export', 'CmdOrCtrl+E'),
      command(l.backupNow, 'backup-now', 'CmdOrCtrl+S'),
      command(l.restoreBackup, 'restore-backup'),
      command(l.mergeProject, 'merge-project'),
      // macOS keeps Quit in the application menu.
      ...(isMac ? [] : [separator, { id: 'quit', role: 'quit', label: l.quit, accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  });
  template.push({
    label: l.edit,
    submenu: [
      command(l.undo, 'undo', 'CmdOrCtrl+Z'),
      command(l.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
      // Windows and Linux users also expect Ctrl+Y; one item holds one accelerator, so a hidden twin.
      ...(isMac ? [] : [{ ...command(l.redo, 'redo', 'CmdOrCtrl+Y'), id: 'redo-alt', visible: false }]),
      separator,
      { id: 'cut', role: 'cut', label: l.cut },
      { id: 'copy', role: 'copy', label: l.copy },
      { id: 'paste', role: 'paste', label: l.paste },
      { id: 'select-all', role: 'selectAll', label: l.selectAll },
    ],
  });
  template.push({
    label: l.view,
    submenu: [
      command(l.toggleTheme, 'toggle-theme', 'CmdOrCtrl+Shift+L'),
      ...(options.isDev
        ? [
            separator,
            { id: 'reload', role: 'reload', label: l.reload } as const,
            { id: 'toggle-devtools', role: 'toggleDevTools', label: l.toggleDevTools } as const,
          ]
        : []),
      separator,
      { id: 'reset-zoom', role: 'resetZoom', label: l.resetZoom },
      { id: 'zoom-in', role: 'zoomIn', label: l.zoomIn },
      { id: 'zoom-out', role: 'zoomOut', label: l.zoomOut },
      separator,
      { id: 'full-screen', role: 'togglefullscreen', label: l.fullScreen },
    ],
  });
  if (isMac) template.push({ role: 'windowMenu', label: l.window });
  template.push({ role: 'help', label: l.help, submenu: [command(l.about, 'about')] });
  return template;
}

type MenuStatics = Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

export interface ApplicationMenu {
  /** Rebuilds the menu in `language` (no-op when it already is). */
  setLanguage(language: Language): void;
  readonly language: Language | null;
}

export function createApplicationMenu(
  MenuClass: MenuStatics,
  send: SendMenuCommand,
  options: MenuOptions,
): ApplicationMenu {
  let current: Language | null = null;
  return {
    setLanguage(language) {
      if (language === current) return;
      MenuClass.setApplicationMenu(MenuClass.buildFromTemplate(buildMenuTemplate(language, send, options)));
      current = language;
    },
    get language() {
      return current;
    },
  };
}

type CommandTarget = Pick<BrowserWindow, 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

/** Sends menu commands to the focused window, or the main window when none has focus. */
export function createMenuCommandSender(
  getFocusedWindow: () => CommandTarget | null,
  getMainWindow: () => CommandTarget | null,
): SendMenuCommand {
  return (command) => {
    const target = [getFocusedWindow(), getMainWindow()].find((w) => w && !w.isDestroyed());
    target?.webContents.send(channels.menuCommand, command);
  };
}

/** The menu's language before the renderer tells us its own: the OS's preference if we have it. */
export function initialMenuLanguage(preferredLanguages: readonly string[]): Language {
  for (const tag of preferredLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'nb';
}
