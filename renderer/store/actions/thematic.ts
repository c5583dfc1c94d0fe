import type { Id } from '../../../shared/model';
import type { ThemeImpact } from '../../../shared/thematic/plan-theme';
import type { KodebokDb } from '../db';
import { themeDeletionImpact } from '../commands/thematic';

/** Reads the thematic screen needs before it asks the user (not live: asked once, on a key or click). */
export interface ThematicActions {
  /** What deleting a theme would take with it: said in the confirmation before anything goes. */
  deletionImpact(themeId: Id): Promise<ThemeImpact>;
}

export function thematicActions(db: KodebokDb): ThematicActions {
  return { deletionImpact: (themeId) => themeDeletionImpact(db, themeId) };
}
