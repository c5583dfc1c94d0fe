import { createContext, useContext } from 'react';
import type { KodebokDb } from './db';

/**
 * The open database, for renderer/store/ alone: its queries read through it. Features, the app
 * shell and the editor get named operations from `useStore()` instead; lint refuses this module
 * above the store, so no screen can reach a table through the context either.
 */
export const DatabaseContext = createContext<KodebokDb | null>(null);

export function useDatabase(): KodebokDb {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside <StoreProvider>');
  return db;
}
