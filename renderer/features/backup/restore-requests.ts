/** Where a restore starts: the file picker, or one of a project's stored backups. */
export type RestoreSource = { kind: 'pick' } | { kind: 'stored'; id: string; fileName: string };

const eventName = 'kodebok:restore-backup';

/**
 * Asks the restore flow (mounted once, in the app shell) to restore from `source`. The menu's
 * File > Restore from backup… reaches it as the 'restore-backup' command; screens use this.
 */
export function requestRestore(source: RestoreSource): void {
  window.dispatchEvent(new CustomEvent<RestoreSource>(eventName, { detail: source }));
}

export function onRestoreRequest(listener: (source: RestoreSource) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<RestoreSource>).detail);
  window.addEventListener(eventName, handler);
  return () => window.removeEventListener(eventName, handler);
}
