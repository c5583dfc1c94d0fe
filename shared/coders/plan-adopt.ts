import type { Coder, Coding, Id, PlanContext, Planned } from '../model';

/** The consensus coder's name: the third coder that adopted codings are written under. */
export const consensusCoderName = 'Konsensus';

export interface AdoptInput {
  projectId: Id;
  sourceId: Id;
  /** The unit's character range in the source, end exclusive. */
  start: number;
  end: number;
  /** The coder whose coding of this unit is taken. */
  fromCoderId: Id;
  /** Only these codes are replaced and copied (the codes the agreement was computed on). */
  codeIds: readonly Id[];
  coders: readonly Coder[];
  /** Every coding of the source that overlaps the unit (any coder). */
  codings: readonly Coding[];
}

/** The project's consensus coder, found by name (one made by a merge or by hand counts too). */
export function consensusCoderOf(coders: readonly Coder[]): Coder | undefined {
  return coders.find((c) => c.name.trim().toLocaleLowerCase('nb') === consensusCoderName.toLocaleLowerCase('nb'));
}

/**
 * Adopting a coder's coding of one unit: the consensus coder's codings of the chosen codes inside the
 * unit are replaced by copies of the chosen coder's, cut to the unit, so the consensus agrees with
 * that coder there and is untouched elsewhere. A consensus coding that reaches outside the unit keeps
 * its outside parts. The consensus coder is created when the project has none.
 */
export function planAdoptUnit(input: AdoptInput, at: PlanContext): Planned<{ consensus: Coder; added: number; removed: number }> {
  const { projectId, sourceId, start, end } = input;
  const codes = new Set(input.codeIds);
  const writes: Planned<unknown>['writes'] = [];
  let consensus = consensusCoderOf(input.coders);
  if (!consensus) {
    consensus = { id: at.newId(), projectId, name: consensusCoderName, color: '#444444', kind: 'human', createdAt: at.now, updatedAt: at.now };
    writes.push({ op: 'put', table: 'coders', projectId, row: consensus });
  }
  const inUnit = (c: Coding) => c.sourceId === sourceId && codes.has(c.codeId) && c.start < end && c.end > start;
  const copy = (c: Coding, from: number, to: number): Coding => ({
    id: at.newId(),
    projectId,
    sourceId,
    codeId: c.codeId,
    coderId: consensus.id,
    authorId: consensus.id,
    start: from,
    end: to,
    createdAt: at.now,
    updatedAt: at.now,
  });
  let removed = 0;
  for (const old of input.codings.filter((c) => c.coderId === consensus.id && inUnit(c))) {
    writes.push({ op: 'delete', table: 'codings', projectId, key: old.id });
    removed++;
    // The parts outside the unit are not what is being decided here: they stay.
    if (old.start < start) writes.push({ op: 'put', table: 'codings', projectId, row: copy(old, old.start, start) });
    if (old.end > end) writes.push({ op: 'put', table: 'codings', projectId, row: copy(old, end, old.end) });
  }
  let added = 0;
  const seen = new Set<string>();
  for (const c of input.codings.filter((c) => c.coderId === input.fromCoderId && inUnit(c))) {
    const from = Math.max(c.start, start);
    const to = Math.min(c.end, end);
    const key = `${c.codeId}:${from}:${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    writes.push({ op: 'put', table: 'codings', projectId, row: copy(c, from, to) });
    added++;
  }
  return { writes, value: { consensus, added, removed } };
}
