import type { Hit, PersonalDataKind } from './hit';

/** Only breaks ties between hits with the same start and length; a lower number wins. */
const TIE_BREAK: Record<PersonalDataKind, number> = {
  'national-id': 0,
  email: 1,
  address: 2,
  phone: 3,
  name: 4,
};

function overlap(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * One hit per stretch of text: the earliest wins, then the longest. A phone number never beats a
 * fødselsnummer it overlaps, even one starting earlier (`0047` before an 11-digit run), because
 * eight of the eleven digits are a phone number's shape only by accident.
 */
export function resolveOverlaps(candidates: readonly Hit[]): Hit[] {
  const nationalIds = candidates.filter((h) => h.kind === 'national-id');
  const pool = candidates.filter((h) => h.kind !== 'phone' || !nationalIds.some((id) => overlap(id, h)));
  pool.sort((a, b) => a.start - b.start || b.end - a.end || TIE_BREAK[a.kind] - TIE_BREAK[b.kind]);
  const kept: Hit[] = [];
  let reachedEnd = 0;
  for (const hit of pool) {
    if (hit.start < reachedEnd) continue;
    kept.push(hit);
    reachedEnd = hit.end;
  }
  return kept;
}
