import type { AnonymisationRecord } from '../model';

/** What kind of personal data a hit is; the stored record uses the same names. */
export type PersonalDataKind = AnonymisationRecord['kind'];

/**
 * One proposed replacement. Offsets are UTF-16 code units into the scanned text, end exclusive,
 * like every other offset in Kodebok, so `text.slice(start, end) === match`.
 */
export interface Hit {
  /** `${kind}:${start}`: stable across re-scans of the same text, so review decisions survive. */
  id: string;
  kind: PersonalDataKind;
  start: number;
  end: number;
  match: string;
  placeholder: string;
}

/** Finds one kind of personal data; hits are in start order and do not overlap each other. */
export type Detector = (text: string) => Hit[];

export function hitAt(kind: PersonalDataKind, start: number, match: string, placeholder: string): Hit {
  return { id: `${kind}:${start}`, kind, start, end: start + match.length, match, placeholder };
}

/**
 * Every match of a global pattern that `accept` keeps, as hits of one kind. `matchAll` copies the
 * pattern, so module-level patterns carry no `lastIndex` state between calls.
 */
export function hitsOf(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  placeholder: string,
  accept: (match: RegExpExecArray) => boolean = () => true,
): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match)) hits.push(hitAt(kind, match.index, match[0], placeholder));
  }
  return hits;
}
