import type { Authored, Entity, Id } from './entity';

/**
 * One typo fix made in "edit transcript" mode. Sources are otherwise immutable; every fix is kept
 * so a reader can see what changed in the text the codings point into.
 */
export interface SourceEdit extends Entity, Authored {
  projectId: Id;
  sourceId: Id;
  /** Where the replaced text stood, in UTF-16 units of the text before the edit. */
  start: number;
  removed: string;
  inserted: string;
}
