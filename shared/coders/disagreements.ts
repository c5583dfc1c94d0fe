import type { Coding, Id } from '../model';

/** A stretch of one source that coders are compared on (a message/turn, paragraph or sentence: shared/agreement/units.ts). */
export interface CodingUnit {
  sourceId: Id;
  start: number;
  end: number;
}

/** A unit where the chosen coders did not apply the same codes, with each coder's codes there. */
export interface Disagreement {
  unit: CodingUnit;
  /** Per chosen coder who coded the source (in the order asked), the codes they applied in the unit. */
  codes: { coderId: Id; codeIds: Id[] }[];
}

/**
 * Every unit where the chosen coders differ on the chosen codes: a coder "applied" a code in a unit
 * when one of their codings of it overlaps the unit. As in agreement (shared/agreement), a coder
 * with no coding at all in a source has not coded it: they are left out of its units, and a unit
 * needs two coders who coded its source. Units none of them coded are not listed.
 */
export function findDisagreements(
  units: readonly CodingUnit[],
  codings: readonly Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>[],
  coderIds: readonly Id[],
  codeIds: readonly Id[],
): Disagreement[] {
  const codes = new Set(codeIds);
  const coded = new Set(codings.filter((c) => coderIds.includes(c.coderId)).map((c) => `${c.coderId}\u0000${c.sourceId}`));
  const bySource = new Map<Id, typeof codings[number][]>();
  for (const c of codings) {
    if (!codes.has(c.codeId) || !coderIds.includes(c.coderId)) continue;
    const list = bySource.get(c.sourceId) ?? [];
    list.push(c);
    bySource.set(c.sourceId, list);
  }
  const out: Disagreement[] = [];
  for (const unit of units) {
    const here = (bySource.get(unit.sourceId) ?? []).filter((c) => c.start < unit.end && c.end > unit.start);
    if (here.length === 0) continue;
    const present = coderIds.filter((coderId) => coded.has(`${coderId}\u0000${unit.sourceId}`));
    if (present.length < 2) continue;
    const per = present.map((coderId) => ({
      coderId,
      codeIds: [...new Set(here.filter((c) => c.coderId === coderId).map((c) => c.codeId))].sort(),
    }));
    const first = per[0]?.codeIds.join('\u0000');
    if (per.some((p) => p.codeIds.join('\u0000') !== first)) out.push({ unit, codes: per });
  }
  return out;
}
