import { isHighSurrogate, isLowSurrogate } from '../ranges/surrogates';

/** How much context a retrieved passage shows on each side, in characters. */
export const contextLength = 80;

/**
 * The text just before `start`: at most `length` characters, starting at the beginning of a word
 * (a partly cut first word is dropped) unless the whole stretch is one long word (a URL).
 */
export function contextBefore(text: string, start: number, length = contextLength): string {
  let from = Math.max(0, start - length);
  if (from > 0 && !/\s/.test(text[from - 1]!)) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
    else if (isLowSurrogate(text.charCodeAt(from))) from++;
  }
  return text.slice(from, start);
}

/** The text just after `end`: at most `length` characters, ending at the end of a word. */
export function contextAfter(text: string, end: number, length = contextLength): string {
  let to = Math.min(text.length, end + length);
  if (to < text.length && !/\s/.test(text[to]!)) {
    const piece = text.slice(end, to);
    const lastSpace = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('\n'), piece.lastIndexOf('\t'));
    if (lastSpace >= 0) to = end + lastSpace;
    else if (isHighSurrogate(text.charCodeAt(to - 1))) to--;
  }
  return text.slice(end, to);
}
