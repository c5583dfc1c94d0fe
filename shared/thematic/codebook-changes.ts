import type { Id, PlanContext, Write } from '../model';
import type { ThematicRows } from './rows';

/**
 * What the codebook's own changes mean for the themes, so no theme keeps a code that is gone.
 * The codebook commands apply these in the same undo step as the change itself.
 */

/**
 * Codes deleted (with their codings): they leave every theme they were gathered into, and so do
 * the quotes taken from their codings.
 */
export function planCodesDeletedFromThemes(
  rows: Pick<ThematicRows, 'themeCodes' | 'themeQuotes'>,
  input: { codeIds: Id[]; codingIds: Id[] },
): Write[] {
  const codes = new Set(input.codeIds);
  const codings = new Set(input.codingIds);
  return [
    ...rows.themeQuotes
      .filter((q) => q.codingId !== null && codings.has(q.codingId))
      .map((q): Write => ({ op: 'delete', table: 'themeQuotes', projectId: q.projectId, key: q.id })),
    ...rows.themeCodes
      .filter((c) => codes.has(c.codeId))
      .map((c): Write => ({ op: 'delete', table: 'themeCodes', projectId: c.projectId, key: c.id })),
  ];
}

/**
 * A code merged into another: in every theme that held it, the merged code's place goes to the
 * code it was merged into (once per theme), so the theme keeps its evidence. Quotes keep pointing
 * at their codings, which moved to the surviving code.
 */
export function planCodeMergedInThemes(
  rows: Pick<ThematicRows, 'themeCodes'>,
  input: { fromId: Id; intoId: Id },
  at: PlanContext,
): Write[] {
  if (input.fromId === input.intoId) return [];
  const holdsInto = new Set(rows.themeCodes.filter((c) => c.codeId === input.intoId).map((c) => c.themeId));
  return rows.themeCodes
    .filter((c) => c.codeId === input.fromId)
    .map((c): Write => {
      if (holdsInto.has(c.themeId)) return { op: 'delete', table: 'themeCodes', projectId: c.projectId, key: c.id };
      holdsInto.add(c.themeId);
      return {
        op: 'update',
        table: 'themeCodes',
        projectId: c.projectId,
        key: c.id,
        patch: { codeId: input.intoId, updatedAt: at.now },
      };
    });
}
