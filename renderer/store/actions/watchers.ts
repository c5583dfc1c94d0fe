import { onProjectDataChanged } from '../change-feed';
import { watchConnection, type ConnectionEvent } from '../connection';
import type { KodebokDb } from '../db';

/** What the store tells the app about itself: each returns the function that stops watching. */
export interface StoreWatchers {
  /** Another window upgraded the store, or an older one blocks this window's upgrade. */
  watchConnection(onEvent: (event: ConnectionEvent) => void): () => void;
  /** A committed change to any project's rows (not the projects list, not settings). */
  onProjectDataChanged(listener: () => void): () => void;
}

export function storeWatchers(db: KodebokDb): StoreWatchers {
  return {
    watchConnection: (onEvent) => watchConnection(db, onEvent),
    onProjectDataChanged: (listener) => onProjectDataChanged(db, listener),
  };
}
