import type { Authored, Entity, Id } from './entity';
import type { SpeakerRole } from './message';

/** Words (the index: stems, phrases, prefixes, typos) or a regular expression scanned over the text. */
export type SavedSearchMode = 'words' | 'regex';

/** What narrows the hits of a search, as the Search tab sets it. */
export interface SavedSearchFilters {
  /** Speaker roles to keep; empty keeps every role. */
  roles: SpeakerRole[];
  /** Source attribute id → accepted values (as retrieval filters them). */
  attributes: Record<Id, string[]>;
  /** Keep only hits inside (or outside) the codings of one code; null: no such filter. */
  code: { codeId: Id; where: 'inside' | 'outside' } | null;
}

/**
 * A named query kept in the project (Search tab → Save), so a researcher can run the same search
 * again after more material is imported. Plain project data: it travels in backups and, later,
 * through sync, like any other row.
 */
export interface SavedSearch extends Entity, Authored {
  projectId: Id;
  name: string;
  query: string;
  mode: SavedSearchMode;
  options: { stopWords: boolean; foldAa: boolean };
  filters: SavedSearchFilters;
}
