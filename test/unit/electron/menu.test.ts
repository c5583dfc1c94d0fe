import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels, languageSchema, menuCommands, type Language, type MenuCommand } from '../../../shared/ipc/contract';
import {
  buildMenuTemplate,
  createApplicationMenu,
  createMenuCommandSender,
  initialMenuLanguage,
} from '../../../electron/menu';
import { menuLabels } from '../../../electron/menu-labels';
import { FakeWindow } from './fakes';

type Item = MenuItemConstructorOptions;
const linux = { platform: 'linux' as const, isDev: false };

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  if (!menu) throw new Error(`no menu "${label}" in ${template.map((i) => i.label).join(', ')}`);
  return menu.submenu as Item[];
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label && i.visible !== false);
  if (!found) throw new Error(`no item "${label}" in ${items.map((i) => i.label ?? i.type).join(', ')}`);
  return found;
}

function click(entry: Item): void {
  (entry.click as unknown as () => void)();
}

describe('application menu in bokmål', () => {
  const send = vi.fn();
  const template = buildMenuTemplate('nb', send, linux);

  it('has Fil, Rediger, Vis and Hjelp, in that order', () => {
    expect(template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
  });

  it('lists the File items with labels and accelerators, Quit last after a separator', () => {
    const file = submenu(template, 'Fil');
    expect(file.map((i) => (i.type === 'separator' ? '—' : `${i.label} ${i.accelerator ?? ''}`.trim()))).toEqual([
      'Nytt prosjekt CmdOrCtrl+N',
      'Åpne prosjekt… CmdOrCtrl+O',
      'Importer… CmdOrCtrl+I',
      'Importer REFI-QDA-prosjekt (.qdpx)…',
      'Eksporter… CmdOrCtrl+E',
      'Ta sikkerhetskopi nå CmdOrCtrl+S',
      'Gjenopprett fra sikkerhetskopi…',
      'Slå sammen med en annen koders prosjekt…',
      '—',
      'Avslutt CmdOrCtrl+Q',
    ]);
    expect(item(file, 'Avslutt').role).toBe('quit');
  });

  it('sends undo/redo to the app, and leaves clipboard work to the native roles', () => {
    const edit = submenu(template, 'Rediger');
    const undo = item(edit, 'Angre');
    const redo = item(edit, 'Gjør om');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(undo.role).toBeUndefined();
    expect(redo).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z' });
    expect(redo.role).toBeUndefined();
    expect(item(edit, 'Klipp ut').role).toBe('cut');
    expect(item(edit, 'Kopier').role).toBe('copy');
    expect(item(edit, 'Lim inn').role).toBe('paste');
    expect(item(edit, 'Merk alt').role).toBe('selectAll');
    // Ctrl+Y also redoes on Windows and Linux.
    const ctrlY = edit.find((i) => i.accelerator === 'CmdOrCtrl+Y');
    expect(ctrlY).toBeDefined();
    send.mockClear();
    click(ctrlY!);
    expect(send).toHaveBeenCalledWith('redo');
  });

  it('has Bytt lys/mørk, zoom and full screen in Vis, but no Reload or DevTools outside development', () => {
    const view = submenu(template, 'Vis');
    expect(item(view, 'Bytt lys/mørk').id).toBe('toggle-theme');
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view.some((i) => i.role === 'reload' || i.role === 'toggleDevTools')).toBe(false);
  });

  it('has Om Kodebok in Hjelp', () => {
    expect(item(submenu(template, 'Hjelp'), 'Om Kodebok').id).toBe('about');
  });

  it.each<[string, string, MenuCommand]>([
    ['Fil', 'Nytt prosjekt', 'new-project'],
    ['Fil', 'Åpne prosjekt…', 'open-project'],
    ['Fil', 'Importer…', 'import'],
    ['Fil', 'Importer REFI-QDA-prosjekt (.qdpx)…', 'import-refi'],
    ['Fil', 'Eksporter…', 'export'],
    ['Fil', 'Ta sikkerhetskopi nå', 'backup-now'],
    ['Fil', 'Gjenopprett fra sikkerhetskopi…', 'restore-backup'],
    ['Fil', 'Slå sammen med en annen koders prosjekt…', 'merge-project'],
    ['Rediger', 'Angre', 'undo'],
    ['Rediger', 'Gjør om', 'redo'],
    ['Vis', 'Bytt lys/mørk', 'toggle-theme'],
    ['Hjelp', 'Om Kodebok', 'about'],
  ])('%s › %s sends %s', (menu, label, command) => {
    send.mockClear();
    click(item(submenu(template, menu), label));
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });
});

describe('application menu in English and nynorsk', () => {
  it('labels the same items in English', () => {
    const template = buildMenuTemplate('en', vi.fn(), linux);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = submenu(template, 'File');
    expect(item(file, 'New project').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open project…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Import…').accelerator).toBe('CmdOrCtrl+I');
    expect(item(file, 'Export…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(file, 'Back up now').id).toBe('backup-now');
    expect(item(file, 'Quit').role).toBe('quit');
    expect(item(submenu(template, 'Edit'), 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(item(submenu(template, 'View'), 'Toggle light/dark').id).toBe('toggle-theme');
    expect(item(submenu(template, 'Help'), 'About Kodebok').id).toBe('about');
  });

  it('uses nynorsk words where they differ from bokmål', () => {
    const template = buildMenuTemplate('nn', vi.fn(), linux);
    const file = submenu(template, 'Fil');
    expect(item(file, 'Opne prosjekt…').id).toBe('open-project');
    expect(item(file, 'Ta tryggingskopi no').id).toBe('backup-now');
    expect(item(submenu(template, 'Rediger'), 'Gjer om').id).toBe('redo');
  });

  it('has every label in every language, and the three languages differ', () => {
    for (const language of languageSchema.options) {
      for (const [key, label] of Object.entries(menuLabels[language])) expect(label, `${language}.${key}`).not.toBe('');
    }
    expect(menuLabels.nn.openProject).not.toBe(menuLabels.nb.openProject);
    expect(menuLabels.en.file).not.toBe(menuLabels.nb.file);
  });

  it('offers every menu command somewhere', () => {
    const send = vi.fn();
    const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all((i.submenu as Item[] | undefined) ?? [])]);
    for (const i of all(buildMenuTemplate('en', send, linux))) if (i.click) click(i);
    expect(new Set(send.mock.calls.map((c) => c[0]))).toEqual(new Set(menuCommands));
  });
});

describe('platform and development variants', () => {
  it('adds Reload and DevTools in development', () => {
    const view = submenu(buildMenuTemplate('nb', vi.fn(), { platform: 'linux', isDev: true }), 'Vis');
    expect(item(view, 'Last inn på nytt').role).toBe('reload');
    expect(item(view, 'Vis/skjul utviklerverktøy').role).toBe('toggleDevTools');
  });

  it('on macOS puts About and Quit in the app menu and drops Ctrl+Y', () => {
    const send = vi.fn();
    const template = buildMenuTemplate('en', send, { platform: 'darwin', isDev: false });
    expect(template[0]!.label).toBe('Kodebok');
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    click(item(appMenu, 'About Kodebok'));
    expect(send).toHaveBeenCalledWith('about');
    expect(submenu(template, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(template, 'Edit').some((i) => i.accelerator === 'CmdOrCtrl+Y')).toBe(false);
    expect(template.some((i) => i.role === 'windowMenu')).toBe(true);
  });
});

describe('menu lifecycle', () => {
  function fakeMenu() {
    return {
      buildFromTemplate: vi.fn((template: Item[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    };
  }

  it('is rebuilt in the new language when the renderer changes language', () => {
    const MenuClass = fakeMenu();
    const menu = createApplicationMenu(MenuClass as unknown as typeof Menu, vi.fn(), linux);
    menu.setLanguage('nb');
    menu.setLanguage('en');
    expect(MenuClass.setApplicationMenu).toHaveBeenCalledTimes(2);
    const last = MenuClass.setApplicationMenu.mock.calls[1]![0] as { template: Item[] };
    expect(last.template[0]!.label).toBe('File');
    expect(menu.language).toBe<Language>('en');
    menu.setLanguage('en');
    expect(MenuClass.setApplicationMenu).toHaveBeenCalledTimes(2);
  });

  it('sends the command on the menu channel to the focused window, else the main window', () => {
    const focused = new FakeWindow(1);
    const main = new FakeWindow(2);
    let hasFocus = true;
    const send = createMenuCommandSender(
      () => (hasFocus ? focused : null),
      () => main,
    );
    send('import');
    expect(focused.webContents.send).toHaveBeenCalledWith(channels.menuCommand, 'import');
    hasFocus = false;
    send('undo');
    expect(main.webContents.send).toHaveBeenCalledWith(channels.menuCommand, 'undo');
    main.destroyed = true;
    expect(() => send('about')).not.toThrow();
    expect(main.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('starts in the OS language when it is one of ours', () => {
    expect(initialMenuLanguage(['nn-NO', 'en-US'])).toBe('nn');
    expect(initialMenuLanguage(['no'])).toBe('nb');
    expect(initialMenuLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(initialMenuLanguage(['de-DE'])).toBe('nb');
  });
});
