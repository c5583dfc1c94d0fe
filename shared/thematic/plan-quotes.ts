import type { Coding, Id, PlanContext, Planned, ThemeQuote } from '../model';
import { themeFamily, themeOrMissing, type ThematicRows } from './rows';
import { ThematicError } from './thematic-error';

/**
 * The codes a theme's quotes may come from: its own codes and, for a main theme, its subthemes'
 * codes too (a main theme is illustrated by what its subthemes hold).
 */
export function quotableCodeIds(rows: Pick<ThematicRows, 'themes' | 'themeCodes'>, themeId: Id): Set<Id> {
  const family = new Set(themeFamily(rows.themes, themeId));
  return new Set(rows.themeCodes.filter((c) => family.has(c.themeId)).map((c) => c.codeId));
}

export interface AddQuoteInput {
  authorId: Id;
  themeId: Id;
  codingId: Id;
}

/**
 * Chooses a coded passage as a quote for a theme. The quote keeps the coding's source and offsets
 * so it stays traceable to the text; the same coding is chosen once per theme.
 */
export function planAddQuote(
  rows: Pick<ThematicRows, 'themes' | 'themeCodes' | 'themeQuotes'> & { coding: Coding | undefined },
  input: AddQuoteInput,
  at: PlanContext,
): Planned<ThemeQuote> {
  const theme = themeOrMissing(rows.themes, input.themeId);
  const { coding } = rows;
  if (!coding || coding.id !== input.codingId) {
    throw new ThematicError('coding-missing', 'The coded passage is gone (deleted in the meantime).');
  }
  if (!quotableCodeIds(rows, theme.id).has(coding.codeId)) {
    throw new ThematicError('coding-not-in-theme', "A quote must come from a coding of one of the theme's codes.");
  }
  const ofTheme = rows.themeQuotes.filter((q) => q.themeId === theme.id);
  const existing = ofTheme.find((q) => q.codingId === coding.id);
  if (existing) return { writes: [], value: existing };
  const quote: ThemeQuote = {
    id: at.newId(),
    projectId: theme.projectId,
    authorId: input.authorId,
    themeId: theme.id,
    codingId: coding.id,
    sourceId: coding.sourceId,
    start: coding.start,
    end: coding.end,
    order: ofTheme.length === 0 ? 0 : Math.max(...ofTheme.map((q) => q.order)) + 1,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'themeQuotes', projectId: theme.projectId, row: quote }], value: quote };
}

export function planRemoveQuote(
  rows: Pick<ThematicRows, 'themeQuotes'>,
  input: { id: Id },
): Planned<ThemeQuote | null> {
  const quote = rows.themeQuotes.find((q) => q.id === input.id);
  if (!quote) return { writes: [], value: null };
  return { writes: [{ op: 'delete', table: 'themeQuotes', projectId: quote.projectId, key: quote.id }], value: quote };
}
