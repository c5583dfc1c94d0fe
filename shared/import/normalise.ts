import type { LineEndings } from '../model';

/** The line-ending style of decoded text, recorded in the source's origin. */
export function detectLineEndings(text: string): LineEndings {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/**
 * The stored form of a source text: LF line endings and no BOM. Nothing else changes (no Unicode
 * normalisation, no whitespace trimming), so offsets stay true to what the researcher wrote.
 */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

export interface RemovedNul {
  text: string;
  /** NUL characters removed. */
  count: number;
  /** 1-based lines of the first few, ascending. */
  lines: number[];
  moreLines: boolean;
}

/**
 * Takes NUL characters out of normalised text. They carry nothing a reader sees, yet a text that
 * holds them cannot be written to XML (REFI-QDA export) and confuses search. A damaged or
 * half-converted file has them; removing them before offsets are taken keeps every offset true.
 */
export function removeNul(text: string, keptLines = 5): RemovedNul {
  if (!text.includes('\0')) return { text, count: 0, lines: [], moreLines: false };
  const lines: number[] = [];
  let moreLines = false;
  let count = 0;
  let line = 1;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0) {
      count++;
      out += text.slice(from, i);
      from = i + 1;
      if (lines[lines.length - 1] === line) continue;
      if (lines.length < keptLines) lines.push(line);
      else moreLines = true;
    }
  }
  return { text: out + text.slice(from), count, lines, moreLines };
}
