import type { Hit } from './hit';

export interface HitContext {
  before: string;
  match: string;
  after: string;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves a cut point off the middle of a surrogate pair, so an emoji is never shown half. */
function safeCut(text: string, index: number, direction: -1 | 1): number {
  if (index <= 0 || index >= text.length) return index;
  return isLowSurrogate(text.charCodeAt(index)) ? index + direction : index;
}

/** The hit with up to `radius` UTF-16 units either side, for the review screen. */
export function hitContext(text: string, hit: Hit, radius = 40): HitContext {
  const from = safeCut(text, Math.max(0, hit.start - radius), 1);
  const to = safeCut(text, Math.min(text.length, hit.end + radius), -1);
  return {
    before: text.slice(from, hit.start),
    match: text.slice(hit.start, hit.end),
    after: text.slice(hit.end, to),
  };
}
