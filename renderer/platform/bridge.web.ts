import { appName, appVersion } from '../../shared/version';
import type { FileFilter, MenuCommand } from '../../shared/ipc/contract';
import { readPickedFiles } from './files';
import type { PlatformBridge } from './bridge';

function acceptAttribute(filters: FileFilter[]): string {
  return filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');
}

/** Opens the browser's file picker; resolves with no files if the user cancels. */
function pickWithInput(multiple: boolean, filters: FileFilter[]): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: string | Uint8Array): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function timestampForFile(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', '-').replaceAll(':', '');
}

/** The web build has no native menu; the same accelerators dispatch the same commands. */
const menuListeners = new Set<(command: MenuCommand) => void>();
const shortcuts: Record<string, MenuCommand> = {
  i: 'import',
  n: 'new-project',
  o: 'open-project',
  e: 'export',
  s: 'backup-now',
};

export function dispatchMenuCommand(command: MenuCommand): void {
  for (const listener of menuListeners) listener(command);
}

function onShortcut(e: KeyboardEvent): void {
  const command = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey ? shortcuts[e.key.toLowerCase()] : undefined;
  if (!command) return;
  e.preventDefault();
  dispatchMenuCommand(command);
}

export function createWebBridge(): PlatformBridge {
  return {
    kind: 'web',
    appInfo: async () => ({
      name: appName,
      version: appVersion,
      platform: 'web',
      os: navigator.userAgent,
      userDataFolder: null,
    }),
    openFiles: async ({ multiple, filters }) => readPickedFiles(await pickWithInput(multiple, filters)),
    saveFile: async ({ suggestedName, data }) => {
      download(suggestedName, data);
      return { saved: true, fileName: suggestedName };
    },
    writeBackup: async (projectName, data) => {
      const safe = projectName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'prosjekt';
      const fileName = `${safe}-${timestampForFile(new Date())}.kodebok.json`;
      download(fileName, data);
      return { fileName, folder: '' };
    },
    setLanguage: async () => {},
    onMenuCommand: (listener) => {
      if (menuListeners.size === 0) window.addEventListener('keydown', onShortcut);
      menuListeners.add(listener);
      return () => {
        menuListeners.delete(listener);
        if (menuListeners.size === 0) window.removeEventListener('keydown', onShortcut);
      };
    },
  };
}
