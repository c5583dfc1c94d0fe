import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { KodebokDb } from './db';
import { History } from './history/history';
import { backupActions, type BackupActions } from './actions/backups';
import { codebookActions, type CodebookActions } from './actions/codebook';
import { thematicActions, type ThematicActions } from './actions/thematic';
import { coderActions, type CoderActions } from './actions/coders';
import { projectActions, type ProjectActions } from './actions/projects';
import { reportActions, type ReportActions } from './actions/reports';
import { searchActions, type SearchActions } from './actions/search';
import { settingActions, type SettingActions } from './actions/settings';
import { sourceActions, type SourceActions } from './actions/sources';
import { storeWatchers, type StoreWatchers } from './actions/watchers';
import { reviewActions, type ReviewActions } from './actions/review';
import { DatabaseContext } from './useDatabase';

/**
 * The store as the UI sees it: named operations and the undo history of each project. Queries
 * (`store/queries/`) read; commands write through `historyFor`; the database itself never leaves
 * renderer/store/ (its queries reach it through `useDatabase`).
 */
export interface Store {
  /** The undo history of a project; one per project for the whole session, so it survives switching documents. */
  historyFor(projectId: string): History;
  projects: ProjectActions;
  sources: SourceActions;
  backups: BackupActions;
  reports: ReportActions;
  settings: SettingActions;
  coders: CoderActions;
  codebook: CodebookActions;
  thematic: ThematicActions;
  search: SearchActions;
  review: ReviewActions;
  watchers: StoreWatchers;
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
  const store = useMemo<Store>(
    () => ({
      historyFor,
      projects: projectActions(db),
      sources: sourceActions(db),
      backups: backupActions(db),
      reports: reportActions(db),
      settings: settingActions(db),
      coders: coderActions(db),
      codebook: codebookActions(db),
      thematic: thematicActions(db),
      search: searchActions(db),
      review: reviewActions(db),
      watchers: storeWatchers(db),
    }),
    [db, historyFor],
  );
  return (
    <DatabaseContext.Provider value={db}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </DatabaseContext.Provider>
  );
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreProvider>');
  return store;
}
