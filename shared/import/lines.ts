/** One line of normalised text: [start, end) excludes the '\n'; `number` is 1-based. */
export interface TextLine {
  start: number;
  end: number;
  number: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, number });
    if (nl === -1) return lines;
    start = nl + 1;
    number++;
  }
}

export function isBlank(text: string, line: TextLine): boolean {
  return skipSpaces(text, line.start, line.end) === line.end;
}

/** Offset of the first non-space character at or after `from` within the line (or line end). */
export function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the last non-space character before `end` (not before `from`). */
export function trimEndOffset(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** JavaScript's idea of white space (what String.prototype.trim removes), minus line breaks. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
