import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { KodebokDb } from './db';
import { History } from './history/history';

/**
 * The store as the UI sees it. Queries (`store/queries/`) read through it; features never open
 * the database or name a table themselves.
 */
export interface Store {
  /**
   * The open database, handed on unopened to commands that still take it as their first
   * argument. Features never query it: reads go through `store/queries/`.
   */
  db: KodebokDb;
  /** The undo history of a project; one per project for the whole session, so it survives switching documents. */
  historyFor(projectId: string): History;
}

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ db, children }: { db: KodebokDb; children: ReactNode }) {
  const histories = useRef(new Map<string, History>());
  const historyFor = useCallback(
    (projectId: string) => {
      let history = histories.current.get(projectId);
      if (!history) {
        history = new History(db);
        histories.current.set(projectId, history);
      }
      return history;
    },
    [db],
  );
  const store = useMemo(() => ({ db, historyFor }), [db, historyFor]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreProvider>');
  return store;
}
