import type { Entity, IsoDateTime } from './entity';

export interface ProjectSettings {
  /** The service's internal answer deadline for written dialogues, in hours (48 in the NAV study). */
  answerDeadlineHours: number;
  /** Which method the project follows; shapes the Analysis screen. */
  method: 'stc' | 'thematic' | 'open';
}

export interface Project extends Entity {
  name: string;
  description: string;
  settings: ProjectSettings;
  lastOpenedAt: IsoDateTime | null;
  /** Set when the user deletes the project; cleared by undo, purged on next start. */
  deletedAt: IsoDateTime | null;
  /** True for the demo project built from sample-data/. */
  isDemo: boolean;
}

export const defaultProjectSettings: ProjectSettings = {
  answerDeadlineHours: 48,
  method: 'stc',
};
