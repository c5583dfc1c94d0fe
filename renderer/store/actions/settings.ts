import type { KodebokDb } from '../db';
import { writeSetting, type AppSettings } from '../repositories/settings';

/** The app's settings as the shell changes them. */
export interface SettingActions {
  writeSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void>;
}

export function settingActions(db: KodebokDb): SettingActions {
  return { writeSetting: (key, value) => writeSetting(db, key, value) };
}
