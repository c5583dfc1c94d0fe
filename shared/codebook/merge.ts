import type { Coding, Id } from '../model';

/** Same passage, same coder: merging would leave two identical codings, so one goes. */
export function passageKey(c: Coding): string {
  return `${c.sourceId}\u0000${c.coderId}\u0000${c.start}\u0000${c.end}`;
}

/**
 * Merging code `from` into code `into`: every coding of `from` moves to `into`, except those that
 * would duplicate a coding `into` already has (same source, start, end and coder) or one moved
 * before it; those are removed. Codings of other codes are untouched. The caller deletes `from`.
 */
export function planMerge(codings: Coding[], fromCodeId: Id, intoCodeId: Id): { moved: Coding[]; removed: Id[] } {
  if (fromCodeId === intoCodeId) return { moved: [], removed: [] };
  const taken = new Set(codings.filter((c) => c.codeId === intoCodeId).map(passageKey));
  const moved: Coding[] = [];
  const removed: Id[] = [];
  for (const coding of codings) {
    if (coding.codeId !== fromCodeId) continue;
    const key = passageKey(coding);
    if (taken.has(key)) {
      removed.push(coding.id);
      continue;
    }
    taken.add(key);
    moved.push({ ...coding, codeId: intoCodeId });
  }
  return { moved, removed };
}
