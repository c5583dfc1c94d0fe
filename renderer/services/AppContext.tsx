import { createContext, useContext } from 'react';
import type { AppSettings } from '../store/repositories/settings';
import type { PlatformBridge } from '../platform';

export interface AppServices {
  bridge: PlatformBridge;
  settings: AppSettings;
  updateSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void>;
  /** Shows a storage or other failure in words; never a stack trace. */
  reportError(error: unknown): void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppContext.Provider>');
  return services;
}
