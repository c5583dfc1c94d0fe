import { findAddresses } from './address';
import { findEmails } from './email';
import { hitAt, type Detector, type Hit, type PersonalDataKind } from './hit';
import { nameDetector } from './names';
import { findNationalIds } from './national-id';
import { resolveOverlaps } from './overlaps';
import { findPhoneNumbers } from './phone';

export interface ScanOptions {
  /** Names to look for (participants, relatives, places of work); none are guessed. */
  names?: readonly string[];
  /** Kinds to look for; all by default (names only when `names` is given). */
  kinds?: readonly PersonalDataKind[];
}

function detectorsFor(options: ScanOptions): Detector[] {
  const wanted = (kind: PersonalDataKind) => options.kinds?.includes(kind) ?? true;
  const detectors: Detector[] = [];
  if (wanted('national-id')) detectors.push(findNationalIds);
  if (wanted('email')) detectors.push(findEmails);
  if (wanted('address')) detectors.push(findAddresses);
  if (wanted('phone')) detectors.push(findPhoneNumbers);
  if (wanted('name') && options.names !== undefined) detectors.push(nameDetector(options.names));
  return detectors;
}

/**
 * Scans `text[from, to)` and then, recursively, the gaps between the hits it kept. The gaps are
 * scanned on their own because that is what they look like once the hits are replaced: a name
 * that lost an overlap to an address may still have a tail that is a name, and a number glued to
 * a replaced word (`Kari98765432`) is free-standing once `Kari` is `[Navn]`. Without this, a
 * second scan of the anonymised text could still find something.
 */
function scanBetween(text: string, from: number, to: number, detectors: Detector[]): Hit[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const candidates = detectors.flatMap((detect) =>
    detect(slice).map((hit) => (from === 0 ? hit : hitAt(hit.kind, hit.start + from, hit.match, hit.placeholder))),
  );
  const kept = resolveOverlaps(candidates);
  if (kept.length === 0) return [];
  const found = [...kept];
  let gapStart = from;
  for (const hit of [...kept, null]) {
    const gapEnd = hit?.start ?? to;
    if (gapEnd > gapStart) found.push(...scanBetween(text, gapStart, gapEnd, detectors));
    if (hit) gapStart = hit.end;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every piece of personal data found, in text order, none overlapping. */
export function scanForPersonalData(text: string, options: ScanOptions = {}): Hit[] {
  return scanBetween(text, 0, text.length, detectorsFor(options));
}
