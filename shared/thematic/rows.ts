import type { Code, Coding, Id, Theme, ThemeCode, ThemeLink, ThemeQuote } from '../model';
import { themeMissing } from './thematic-error';

/** A project's thematic analysis as the store reads it for a plan: every theme row and what hangs on them. */
export interface ThematicRows {
  themes: Theme[];
  themeCodes: ThemeCode[];
  themeLinks: ThemeLink[];
  themeQuotes: ThemeQuote[];
}

/** Siblings in map order: by order, then by creation (ids are ULIDs), so the order never flickers. */
export function compareThemes(a: Theme, b: Theme): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The themes under one parent (null: the main themes), in order. A subtheme whose main theme is
 * gone counts as a main theme, so no theme is ever out of reach.
 */
export function themeSiblings(themes: Theme[], parentId: Id | null, except?: Id): Theme[] {
  const ids = new Set(themes.map((t) => t.id));
  return themes.filter((t) => t.id !== except && shownParent(t, ids) === parentId).sort(compareThemes);
}

export function shownParent(theme: Theme, ids: Set<Id>): Id | null {
  return theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
}

export function themeOrMissing(themes: Theme[], id: Id): Theme {
  const theme = themes.find((t) => t.id === id);
  if (!theme) throw themeMissing();
  return theme;
}

/** The theme and its subthemes: what goes when the theme is deleted. */
export function themeFamily(themes: Theme[], id: Id): Id[] {
  return [id, ...themes.filter((t) => t.parentId === id && t.id !== id).map((t) => t.id)];
}

/** What a map or a quote plan needs beside the thematic rows: the codebook and the codings. */
export interface CodebookRows {
  codes: Code[];
  codings: Coding[];
}
