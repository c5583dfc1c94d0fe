/**
 * What a pass over bytes read as UTF-8 finds: how many multi-byte characters are well formed, how
 * many sequences are not (each becomes one U+FFFD when decoded), and on which lines those are.
 *
 * Bad sequences are counted exactly as the WHATWG UTF-8 decoder (TextDecoder, non-fatal) replaces
 * them: an invalid byte is one replacement; a sequence cut short is one replacement for its
 * well-formed prefix, and the byte that broke it is read again. So `invalid` is the number of
 * U+FFFD characters the decoded text gains, in the browser and in Node alike.
 */
export interface Utf8Scan {
  /** Well-formed characters of two to four bytes (æ, ø, å, curly quotes, emoji…). */
  validMultibyte: number;
  /** Ill-formed sequences, each decoded as one U+FFFD. */
  invalid: number;
  /** 1-based lines (LF, CRLF and CR each end one) of the first few ill-formed sequences, ascending. */
  invalidLines: number[];
  /** True when bad sequences are on more lines than `invalidLines` keeps. */
  moreInvalidLines: boolean;
  /**
   * Lone bytes a windows-1252 file uses for æ ø å Æ Ø Å, standing between ASCII characters with
   * an ASCII letter on at least one side ("bl\xE5b\xE6r"): the mark of a cp1252 file, not of a
   * stray byte in UTF-8.
   */
  cp1252Letters: number;
}

/** How many bad lines a scan keeps; the warning names these and counts the rest. */
export const keptInvalidLines = 5;

const cp1252Norwegian = new Set([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]);

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

/** ASCII or the edge of the file. */
function isAsciiOrEdge(b: number | undefined): boolean {
  return b === undefined || b < 0x80;
}

export function scanUtf8(bytes: Uint8Array, from = 0): Utf8Scan {
  let validMultibyte = 0;
  let invalid = 0;
  let cp1252Letters = 0;
  const invalidLines: number[] = [];
  let moreInvalidLines = false;
  let line = 1;
  // Line of the sequence being read: a bad sequence is reported where it began.
  let sequenceLine = 1;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;

  const bad = (at: number): void => {
    invalid++;
    if (invalidLines[invalidLines.length - 1] === at) return;
    if (invalidLines.length < keptInvalidLines) invalidLines.push(at);
    else moreInvalidLines = true;
  };

  const n = bytes.length;
  for (let i = from; i < n; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) {
        // CRLF is one line break: count it at the LF.
        if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
        continue;
      }
      sequenceLine = line;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f; // no UTF-16 surrogates
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90; // no overlong forms
        if (b === 0xf4) upper = 0x8f; // nothing past U+10FFFF
        needed = 3;
      } else {
        bad(line);
        continue;
      }
      if (
        cp1252Norwegian.has(b) &&
        isAsciiOrEdge(bytes[i - 1]) &&
        isAsciiOrEdge(bytes[i + 1]) &&
        (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))
      ) {
        cp1252Letters++;
      }
      continue;
    }
    if (b < lower || b > upper) {
      bad(sequenceLine);
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // the byte that broke the sequence starts afresh
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen++;
    if (seen === needed) {
      validMultibyte++;
      needed = 0;
      seen = 0;
    }
  }
  if (needed !== 0) bad(sequenceLine);
  return { validMultibyte, invalid, invalidLines, moreInvalidLines, cp1252Letters };
}

/**
 * Whether bytes with ill-formed sequences are still UTF-8 (a few stray bytes in a UTF-8 file)
 * rather than a legacy 8-bit encoding. Without a single well-formed multi-byte character nothing
 * says UTF-8. When at most one in five non-ASCII sequences is bad, it is UTF-8: reading it as
 * windows-1252 would garble every good æ, ø and å to spare a few bad bytes. Above half, it is not.
 * Between, the bad bytes decide: if most look like cp1252's æ ø å, the file is cp1252.
 */
export function isMostlyUtf8(scan: Utf8Scan): boolean {
  if (scan.invalid === 0) return true;
  if (scan.validMultibyte === 0) return false;
  const share = scan.invalid / (scan.invalid + scan.validMultibyte);
  if (share <= 0.2) return true;
  if (share > 0.5) return false;
  return scan.cp1252Letters * 2 < scan.invalid;
}
