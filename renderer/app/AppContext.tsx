import { createContext, useContext } from 'react';
import type { KodebokDb } from '../store/db';
import type { History } from '../store/history/history';
import type { AppSettings } from '../store/repositories/settings';
import type { PlatformBridge } from '../platform';

export interface AppServices {
  db: KodebokDb;
  bridge: PlatformBridge;
  settings: AppSettings;
  updateSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void>;
  /** Shows a storage or other failure in words; never a stack trace. */
  reportError(error: unknown): void;
  /** The undo history of a project; one per project for the whole session, so it survives switching documents. */
  historyFor(projectId: string): History;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppContext.Provider>');
  return services;
}
