import type { Authored, Entity, Id } from './entity';

/**
 * Braun & Clarke's reflexive thematic analysis, as plain rows: themes (and subthemes, one level
 * below a theme) built from codes, placed on a thematic map with links between them.
 */
export interface Theme extends Entity, Authored {
  projectId: Id;
  /** Null for a main theme; the main theme's id for a subtheme. */
  parentId: Id | null;
  name: string;
  /** What the theme is about: its central organising concept, scope and boundaries. */
  definition: string;
  order: number;
  /** Where the theme sits on the thematic map, in map units (the map's own coordinates, not pixels). */
  x: number;
  y: number;
}

/** A code gathered into a theme or subtheme (a code may serve several themes). */
export interface ThemeCode extends Entity {
  projectId: Id;
  themeId: Id;
  codeId: Id;
}

/** A line drawn on the thematic map between two themes, with an optional label ("leads to", "tension"). */
export interface ThemeLink extends Entity, Authored {
  projectId: Id;
  fromId: Id;
  toId: Id;
  label: string;
}

/** A quotation chosen to illustrate a theme or subtheme: a coded passage, with its own source offsets. */
export interface ThemeQuote extends Entity, Authored {
  projectId: Id;
  themeId: Id;
  codingId: Id | null;
  sourceId: Id;
  start: number;
  end: number;
  order: number;
}
