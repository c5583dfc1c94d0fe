import type { Coding, Id } from '../model';

/**
 * Splitting a code in two: the chosen codings of `codeId` move to the new code, the rest stay.
 * Returns only the codings to update. Chosen ids that belong to other codes are ignored.
 */
export function planSplit(codings: Coding[], codeId: Id, chosen: Set<Id>, newCodeId: Id): Coding[] {
  return codings.filter((c) => c.codeId === codeId && chosen.has(c.id)).map((c) => ({ ...c, codeId: newCodeId }));
}
