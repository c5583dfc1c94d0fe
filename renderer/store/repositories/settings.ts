import type { KodebokDb } from '../db';

/** App-wide settings (not per project). Typed keys so a typo is a compile error. */
export interface AppSettings {
  language: 'nb' | 'nn' | 'en';
  theme: 'light' | 'dark' | 'system';
  currentProjectId: string | null;
  /** Set once the first-start offer (demo project) has been answered. */
  firstStartDone: boolean;
  coderName: string;
  /** Coding a selection that starts or ends inside a word codes the whole words. */
  snapToWords: boolean;
  /** Backups kept per project (automatic and manual); older ones are deleted as new ones are written. */
  backupsToKeep: number;
  /** Per project, the coder this machine codes as (chosen in the Coders panel); absent: the first human coder. */
  activeCoders: Record<string, string>;
  /** Blind coding: the document shows only the active coder's codings. */
  blindCoding: boolean;
}

export const defaultAppSettings: AppSettings = {
  language: 'nb',
  theme: 'system',
  currentProjectId: null,
  firstStartDone: false,
  coderName: '',
  snapToWords: true,
  backupsToKeep: 20,
  activeCoders: {},
  blindCoding: false,
};

export async function readSettings(db: KodebokDb): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...defaultAppSettings, ...(stored as Partial<AppSettings>) };
}

export async function writeSetting<K extends keyof AppSettings>(
  db: KodebokDb,
  key: K,
  value: AppSettings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
