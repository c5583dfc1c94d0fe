import chardet from 'chardet';
import { looksLikeBomlessUtf16 } from './binary';
import { isMostlyUtf8, scanUtf8, type Utf8Scan } from './utf8-scan';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  bom: boolean;
  /** Bytes to skip before decoding. */
  bomLength: number;
  /** True when statistics chose the encoding (no BOM, not valid UTF-8): the user should check æøå. */
  guessed: boolean;
  /**
   * UTF-8 with a few ill-formed sequences: how many (each decodes to U+FFFD) and the first few
   * lines they are on. Absent when the bytes are well formed or not UTF-8.
   */
  invalidUtf8?: { count: number; lines: number[]; moreLines: boolean };
}

/** A legacy encoding we cannot read correctly; the caller reports 'unreadable-encoding'. */
export interface UnsupportedEncoding {
  unsupported: string;
}

/** Multi-byte encodings chardet only reports with real evidence; we have no decoder promise for them. */
const foreignMultibyte = new Set([
  'Shift_JIS',
  'Big5',
  'EUC-JP',
  'EUC-KR',
  'GB18030',
  'ISO-2022-JP',
  'ISO-2022-KR',
  'ISO-2022-CN',
  'UTF-32LE',
  'UTF-32BE',
]);

/** True when every byte from `from` on is well-formed UTF-8 (ASCII included). */
export function isValidUtf8(bytes: Uint8Array, from = 0): boolean {
  return scanUtf8(bytes, from).invalid === 0;
}

function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) return true;
  }
  return false;
}

/**
 * Which encoding the bytes are in: a BOM decides; then BOM-less UTF-16 (Latin text in UTF-16 is
 * half zero bytes, which would pass as UTF-8); then UTF-8, also with a few stray bytes (they
 * become U+FFFD and are reported); then chardet for legacy 8-bit files.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | UnsupportedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withInvalidUtf8({ encoding: 'UTF-8', bom: true, bomLength: 3, guessed: false }, scanUtf8(bytes, 3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bom: true, bomLength: 2, guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bom: true, bomLength: 2, guessed: false };
  const utf16 = looksLikeBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: false, bomLength: 0, guessed: true };
  const scan = scanUtf8(bytes);
  if (isMostlyUtf8(scan)) return withInvalidUtf8({ encoding: 'UTF-8', bom: false, bomLength: 0, guessed: false }, scan);

  const best = chardet.analyse(bytes.subarray(0, 65536))[0];
  if (best && foreignMultibyte.has(best.name) && best.confidence >= 50) return { unsupported: best.name };
  // cp1252 puts curly quotes and dashes at 0x80–0x9F, where ISO-8859-1 has unused control codes;
  // without those bytes the two decode identically, so the stricter name is kept.
  // Anything else Western (or a weak foreign guess) is read as windows-1252, the Norwegian default.
  const isoLatin1 = best?.name === 'ISO-8859-1' && !hasC1Bytes(bytes);
  return { encoding: isoLatin1 ? 'ISO-8859-1' : 'windows-1252', bom: false, bomLength: 0, guessed: true };
}

function withInvalidUtf8(detected: DetectedEncoding, scan: Utf8Scan): DetectedEncoding {
  return scan.invalid === 0 ? detected : { ...detected, invalidUtf8: { count: scan.invalid, lines: scan.invalidLines, moreLines: scan.moreInvalidLines } };
}

export function isUnsupportedEncoding(e: DetectedEncoding | UnsupportedEncoding): e is UnsupportedEncoding {
  return 'unsupported' in e;
}

/** The label stored in the source's origin, e.g. 'UTF-8 (BOM)'. */
export function describeEncoding(e: DetectedEncoding): string {
  return e.bom ? `${e.encoding} (BOM)` : e.encoding;
}
