import type { Code, Coding, Id, PlanContext, Planned, ThemeCode, Write } from '../model';
import { themeOrMissing, type ThematicRows } from './rows';
import { ThematicError } from './thematic-error';

export interface GatherCodeInput {
  themeId: Id;
  codeId: Id;
}

/**
 * Gathers a code into a theme or subtheme (by drag and drop or the keyboard). A code may serve
 * several themes; gathering it twice into the same one changes nothing.
 */
export function planGatherCode(
  rows: Pick<ThematicRows, 'themes' | 'themeCodes'> & { codes: Pick<Code, 'id'>[] },
  input: GatherCodeInput,
  at: PlanContext,
): Planned<ThemeCode> {
  const theme = themeOrMissing(rows.themes, input.themeId);
  if (!rows.codes.some((c) => c.id === input.codeId)) {
    throw new ThematicError('code-missing', 'The code is gone (deleted or merged in the meantime).');
  }
  const existing = rows.themeCodes.find((c) => c.themeId === theme.id && c.codeId === input.codeId);
  if (existing) return { writes: [], value: existing };
  const row: ThemeCode = {
    id: at.newId(),
    projectId: theme.projectId,
    themeId: theme.id,
    codeId: input.codeId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'themeCodes', projectId: theme.projectId, row }], value: row };
}

/**
 * Takes a code out of a theme, and with it the theme's quotes that came from that code's codings:
 * a quote must illustrate one of the theme's codes. `codings` are (at least) the codings those
 * quotes point at.
 */
export function planRemoveThemeCode(
  rows: Pick<ThematicRows, 'themeCodes' | 'themeQuotes'> & { codings: Pick<Coding, 'id' | 'codeId'>[] },
  input: { themeId: Id; codeId: Id },
): Planned<{ removedQuotes: number }> {
  const row = rows.themeCodes.find((c) => c.themeId === input.themeId && c.codeId === input.codeId);
  if (!row) return { writes: [], value: { removedQuotes: 0 } };
  const codeOf = new Map(rows.codings.map((c) => [c.id, c.codeId]));
  const quotes = rows.themeQuotes.filter(
    (q) => q.themeId === input.themeId && q.codingId !== null && codeOf.get(q.codingId) === input.codeId,
  );
  const writes: Write[] = [
    ...quotes.map((q): Write => ({ op: 'delete', table: 'themeQuotes', projectId: q.projectId, key: q.id })),
    { op: 'delete', table: 'themeCodes', projectId: row.projectId, key: row.id },
  ];
  return { writes, value: { removedQuotes: quotes.length } };
}
