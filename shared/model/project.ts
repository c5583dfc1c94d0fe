import type { Entity, IsoDateTime } from './entity';

export interface ProjectSettings {
  /** The service's internal answer deadline for written dialogues, in hours (48 in the NAV study). */
  answerDeadlineHours: number;
  /** Which method the project follows; shapes the Analysis screen. */
  method: 'stc' | 'thematic' | 'open';
  /**
   * The counts a study published, entered to reproduce its table (shared/reproduce), by category.
   * Optional: settings is a loose object in backups, so older projects simply have none.
   */
  publishedTable?: PublishedTable;
}

/** The rows of the boundary-work study's table (METHODS.md), in the order it prints them. */
export const reproduceCategories = [
  'sequences',
  'no-written-response',
  'help-without-boundary-work',
  'boundary-work',
  'clear',
  'ambiguous',
] as const;
export type ReproduceCategory = (typeof reproduceCategories)[number];

/** Published counts by category; a category the user has not entered is absent. */
export type PublishedTable = Partial<Record<ReproduceCategory, number>>;

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
