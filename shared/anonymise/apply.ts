import type { AnonymisationRecord } from '../model';
import type { Hit, PersonalDataKind } from './hit';
import { remapRanges, type TextEdit, type TextRange } from './offsets';

export interface Anonymised<M extends TextRange> {
  text: string;
  /** Kinds and counts only: the original values must never reach storage. */
  records: AnonymisationRecord[];
  /** The edits in text order; with `shiftOffset` it maps any old offset to a new one. */
  offsetMap: TextEdit[];
  /** The messages passed in, with offsets into the new text. */
  messages: M[];
}

const RECORD_ORDER: readonly PersonalDataKind[] = ['name', 'phone', 'email', 'national-id', 'address'];

/**
 * Refuses hits that do not fit the text instead of producing a garbled source, since sources are
 * immutable once stored. The message names the hit by id only, never by its value.
 */
function checkHits(text: string, hits: readonly Hit[]): void {
  let reachedEnd = 0;
  for (const hit of hits) {
    if (hit.start < reachedEnd || hit.end > text.length || hit.start >= hit.end) {
      throw new RangeError(`Hit ${hit.id} overlaps another hit or lies outside the text; scan again.`);
    }
    if (text.slice(hit.start, hit.end) !== hit.match) {
      throw new RangeError(`Hit ${hit.id} does not match the text it was found in; scan again.`);
    }
    reachedEnd = hit.end;
  }
}

function countByKind(hits: readonly Hit[]): AnonymisationRecord[] {
  const counts = new Map<string, AnonymisationRecord>();
  for (const hit of hits) {
    const key = `${hit.kind}\u0000${hit.placeholder}`;
    const record = counts.get(key) ?? { kind: hit.kind, placeholder: hit.placeholder, count: 0 };
    record.count += 1;
    counts.set(key, record);
  }
  return [...counts.values()].sort(
    (a, b) => RECORD_ORDER.indexOf(a.kind) - RECORD_ORDER.indexOf(b.kind) || a.placeholder.localeCompare(b.placeholder),
  );
}

/**
 * Replaces the accepted hits with their placeholders and moves the parser's message offsets to
 * match, before the source is stored. Hits come in any order; all offsets are old-text offsets, so
 * the new text is assembled in one pass instead of splicing from right to left.
 */
export function applyAnonymisation<M extends TextRange = TextRange>(
  text: string,
  acceptedHits: readonly Hit[],
  messages: readonly M[] = [],
): Anonymised<M> {
  const hits = [...acceptedHits].sort((a, b) => a.start - b.start);
  checkHits(text, hits);
  const pieces: string[] = [];
  const offsetMap: TextEdit[] = [];
  let oldCursor = 0;
  let newLength = 0;
  for (const hit of hits) {
    const kept = text.slice(oldCursor, hit.start);
    pieces.push(kept, hit.placeholder);
    const newStart = newLength + kept.length;
    newLength = newStart + hit.placeholder.length;
    offsetMap.push({ oldStart: hit.start, oldEnd: hit.end, newStart, newEnd: newLength });
    oldCursor = hit.end;
  }
  pieces.push(text.slice(oldCursor));
  return {
    text: pieces.join(''),
    records: countByKind(hits),
    offsetMap,
    messages: remapRanges(messages, offsetMap),
  };
}
