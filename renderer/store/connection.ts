import type Dexie from 'dexie';

/**
 * What another window can do to this window's connection to the store:
 * - `upgraded`: a newer Kodebok opened the store and wants to upgrade it. We close our connection
 *   at once so the upgrade is not blocked, and keep it closed: reopening at our older version would
 *   fail or, worse, let this window write rows in the old shape. The user reloads to continue.
 * - `blocked`: this window wants to upgrade, but an older window still holds the store open.
 */
export type ConnectionEvent = 'upgraded' | 'blocked';

/** Watches the connection; returns the function that stops watching. */
export function watchConnection(db: Dexie, onEvent: (event: ConnectionEvent) => void): () => void {
  const versionChange = () => {
    db.close({ disableAutoOpen: true });
    onEvent('upgraded');
    // Stops Dexie's own handler, which would close with auto-open left on.
    return false;
  };
  const blocked = () => onEvent('blocked');
  db.on('versionchange', versionChange);
  db.on('blocked', blocked);
  return () => {
    db.on('versionchange').unsubscribe(versionChange);
    db.on('blocked').unsubscribe(blocked);
  };
}
