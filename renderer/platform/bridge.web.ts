import { appName, appVersion } from '../../shared/version';
import type { FileFilter, MenuCommand } from '../../shared/ipc/contract';
import { readPickedFiles } from './files';
import type { PlatformBridge } from './bridge';
import { WebBackupStore } from './web-backups';

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

function download(name: string, data: string | Uint8Array | Uint8Array[]): void {
  const parts: BlobPart[] =
    typeof data === 'string' ? [data] : (Array.isArray(data) ? data : [data]).map((p) => new Uint8Array(p));
  const url = URL.createObjectURL(new Blob(parts));
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

/** `<name>-<yyyy-mm-dd-hhmmss>.kodebok.json`, readable in the downloads folder. */
function backupFileName(projectName: string, at: Date): string {
  const safe = projectName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'prosjekt';
  return `${safe}-${timestampForFile(at)}.kodebok.json`;
}

export function createWebBridge(backups: WebBackupStore = new WebBackupStore()): PlatformBridge {
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
    writeBackup: async (target, pieces, { keep, manual }) => {
      const at = new Date();
      const fileName = backupFileName(target.projectName, at);
      const result = await backups.write(target, pieces, fileName, at, keep);
      // The browser's own storage is out of the user's reach: a backup they asked for is also a file.
      if (manual) download(fileName, pieces);
      return result;
    },
    listBackups: (projectId) => backups.list(projectId),
    readStoredBackup: async (id) => (await backups.read(id)).bytes,
    downloadStoredBackup: async (id) => {
      const { fileName, bytes } = await backups.read(id);
      download(fileName, bytes);
    },
    pickBackupFile: async () => {
      const [file] = await readPickedFiles(await pickWithInput(false, [{ name: 'Kodebok', extensions: ['json'] }]));
      return file ?? null;
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
    // A page cannot hold its tab open for a backup; the automatic backups flush when it is hidden.
    onQuitBackupRequest: () => () => {},
  };
}
