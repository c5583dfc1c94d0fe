import { isHighSurrogate, isLowSurrogate } from './surrogates';

/**
 * Offsets are stored in UTF-16 code units; some tools (and some REFI-QDA writers) count code
 * points, where an emoji is one character, not two. Convert at the edges with these.
 */

/** The code-point offset of a UTF-16 offset. An offset inside a surrogate pair counts the pair as passed. */
export function codePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  const end = Math.min(Math.max(0, utf16Offset), text.length);
  for (let i = 0; i < end; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    points++;
  }
  return points;
}

/** The UTF-16 offset of a code-point offset (clamped to the text). */
export function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  for (let seen = 0; seen < codePoints && units < text.length; seen++) {
    const pair = isHighSurrogate(text.charCodeAt(units)) && isLowSurrogate(text.charCodeAt(units + 1));
    units += pair ? 2 : 1;
  }
  return units;
}
