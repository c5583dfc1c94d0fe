import type { Coding, Id, Message } from '../model';

/** A stretch of one source that agreement compares coders on (here a message/turn, or a paragraph). */
export interface CodingUnit {
  sourceId: Id;
  start: number;
  end: number;
}

/** A unit where the chosen coders did not apply the same codes, with each coder's codes there. */
export interface Disagreement {
  unit: CodingUnit;
  /** Per chosen coder (in the order asked), the codes that coder applied anywhere in the unit. */
  codes: { coderId: Id; codeIds: Id[] }[];
}

/**
 * The units of one source: its messages/turns when it is a thread or transcript, otherwise its
 * paragraphs (text between blank lines or line breaks), so a plain interview still has units.
 */
export function turnUnits(sourceId: Id, text: string, messages: readonly Pick<Message, 'start' | 'end'>[]): CodingUnit[] {
  if (messages.length > 0) return [...messages].sort((a, b) => a.start - b.start).map((m) => ({ sourceId, start: m.start, end: m.end }));
  const units: CodingUnit[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') units.push({ sourceId, start: m.index, end: m.index + m[0].length });
  }
  return units;
}

/**
 * Every unit where the chosen coders differ on the chosen codes: a coder "applied" a code in a unit
 * when one of their codings of it overlaps the unit. Units no chosen coder coded are not listed.
 */
export function findDisagreements(
  units: readonly CodingUnit[],
  codings: readonly Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>[],
  coderIds: readonly Id[],
  codeIds: readonly Id[],
): Disagreement[] {
  const codes = new Set(codeIds);
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
    const per = coderIds.map((coderId) => ({
      coderId,
      codeIds: [...new Set(here.filter((c) => c.coderId === coderId).map((c) => c.codeId))].sort(),
    }));
    const first = per[0]?.codeIds.join('\u0000');
    if (per.some((p) => p.codeIds.join('\u0000') !== first)) out.push({ unit, codes: per });
  }
  return out;
}
