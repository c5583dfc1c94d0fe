/*
 * A keyword-in-context line: the hit with up to `width` characters either side, on one line
 * (line breaks shown as spaces), cut at a word boundary with "…" where the text goes on.
 */

export interface KeywordInContext {
  before: string;
  hit: string;
  after: string;
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ');
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function keywordInContext(text: string, start: number, end: number, width: number): KeywordInContext {
  let from = Math.max(0, start - width);
  if (from > 0) {
    // Start at the next word rather than inside one, if there is a break before the hit.
    const space = text.slice(from, start).search(/\s/u);
    if (space >= 0) from += space + 1;
    else if (isLowSurrogate(text.charCodeAt(from))) from++;
  }
  let to = Math.min(text.length, end + width);
  if (to < text.length) {
    const tail = text.slice(end, to);
    const space = tail.search(/\s\S*$/u);
    if (space >= 0) to = end + space;
    else if (isLowSurrogate(text.charCodeAt(to))) to--;
  }
  const before = oneLine(text.slice(from, start)).replace(/^ /, '');
  const after = oneLine(text.slice(end, to)).replace(/ $/, '');
  return {
    before: from > 0 ? `…${before}` : before,
    hit: oneLine(text.slice(start, end)),
    after: to < text.length ? `${after}…` : after,
  };
}

/** The line as plain text (the CLI's context column). */
export function keywordInContextLine(text: string, start: number, end: number, width: number): string {
  const { before, hit, after } = keywordInContext(text, start, end, width);
  return `${before}${hit}${after}`;
}
