import chardet from 'chardet';
import { looksLikeBomlessUtf16 } from './binary';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  bom: boolean;
  /** Bytes to skip before decoding. */
  bomLength: number;
  /** True when statistics chose the encoding (no BOM, not valid UTF-8): the user should check æøå. */
  guessed: boolean;
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

export function isValidUtf8(bytes: Uint8Array, from = 0): boolean {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return false;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return false;
    i += need + 1;
  }
  return true;
}

function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) return true;
  }
  return false;
}

/**
 * Which encoding the bytes are in: a BOM decides; then bytes that are valid UTF-8 are UTF-8
 * (ASCII included); then BOM-less UTF-16; then chardet for legacy 8-bit files.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | UnsupportedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'UTF-8', bom: true, bomLength: 3, guessed: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bom: true, bomLength: 2, guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bom: true, bomLength: 2, guessed: false };
  if (isValidUtf8(bytes)) return { encoding: 'UTF-8', bom: false, bomLength: 0, guessed: false };
  const utf16 = looksLikeBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: false, bomLength: 0, guessed: true };

  const best = chardet.analyse(bytes.subarray(0, 65536))[0];
  if (best && foreignMultibyte.has(best.name) && best.confidence >= 50) return { unsupported: best.name };
  // cp1252 puts curly quotes and dashes at 0x80–0x9F, where ISO-8859-1 has unused control codes;
  // without those bytes the two decode identically, so the stricter name is kept.
  // Anything else Western (or a weak foreign guess) is read as windows-1252, the Norwegian default.
  const isoLatin1 = best?.name === 'ISO-8859-1' && !hasC1Bytes(bytes);
  return { encoding: isoLatin1 ? 'ISO-8859-1' : 'windows-1252', bom: false, bomLength: 0, guessed: true };
}

export function isUnsupportedEncoding(e: DetectedEncoding | UnsupportedEncoding): e is UnsupportedEncoding {
  return 'unsupported' in e;
}

/** The label stored in the source's origin, e.g. 'UTF-8 (BOM)'. */
export function describeEncoding(e: DetectedEncoding): string {
  return e.bom ? `${e.encoding} (BOM)` : e.encoding;
}
