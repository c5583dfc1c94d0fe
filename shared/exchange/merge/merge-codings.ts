import type { Coding, Id, PlanContext, Write } from '../../model';
import type { LeftOutReason } from './merge-types';
import type { SourceMapping } from './match-sources';

/** What makes two codings the same: source, code, coder and range. */
export function codingKey(c: Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>): string {
  return `${c.sourceId}\u0000${c.codeId}\u0000${c.coderId}\u0000${c.start}\u0000${c.end}`;
}

/** Our codings by key (older rows may name only their author: the coder is the author). */
export function codingIndex(codings: readonly Coding[]): Map<string, Id> {
  return new Map(codings.map((c) => [codingKey({ ...c, coderId: c.coderId || c.authorId }), c.id]));
}

export interface CodingsMerged {
  writes: Write[];
  /** Their coding id → ours (new, or the one already there): memos on codings follow it. */
  map: Map<Id, Id>;
  added: number;
  alreadyThere: number;
}

/**
 * Their codings under their coder, never on top of ours: one per source, code, range and coder.
 * A coding on a source that stays out, on a code that is missing, or outside its text (or not
 * whole numbers) is left out and counted, never placed somewhere else.
 */
export function mergeCodings(
  theirs: readonly Coding[],
  input: {
    projectId: Id;
    /** Our codings by key; new ones are added to it as they are planned. */
    existing: Map<string, Id>;
    sources: Pick<SourceMapping, 'map' | 'lengths' | 'skipped'>;
    codes: Map<Id, Id>;
    coderOf: (id: Id | undefined) => Id;
    leave: (reason: LeftOutReason) => void;
    tally: (coderId: Id, outcome: 'added' | 'there') => void;
  },
  at: PlanContext,
): CodingsMerged {
  const { projectId, existing, sources } = input;
  const writes: Write[] = [];
  const map = new Map<Id, Id>();
  let added = 0;
  let alreadyThere = 0;
  for (const their of theirs) {
    const sourceId = sources.skipped.has(their.sourceId) ? undefined : sources.map.get(their.sourceId);
    if (!sourceId) {
      input.leave('coding-of-skipped-source');
      continue;
    }
    const codeId = input.codes.get(their.codeId);
    if (!codeId) {
      input.leave('coding-missing-code');
      continue;
    }
    const length = sources.lengths.get(their.sourceId) ?? -1;
    if (!(Number.isInteger(their.start) && Number.isInteger(their.end) && their.start >= 0 && their.start < their.end && their.end <= length)) {
      input.leave('coding-outside-text');
      continue;
    }
    const coderId = input.coderOf(their.coderId || their.authorId);
    const row: Coding = { ...their, id: '', projectId, sourceId, codeId, coderId, authorId: coderId, updatedAt: at.now };
    const key = codingKey(row);
    const there = existing.get(key);
    if (there) {
      map.set(their.id, there);
      alreadyThere += 1;
      input.tally(coderId, 'there');
      continue;
    }
    row.id = at.newId();
    row.createdAt = their.createdAt || at.now;
    existing.set(key, row.id);
    map.set(their.id, row.id);
    writes.push({ op: 'put', table: 'codings', projectId, row });
    added += 1;
    input.tally(coderId, 'added');
  }
  return { writes, map, added, alreadyThere };
}
