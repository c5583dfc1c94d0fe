/** A recognised non-text file, described in words a user understands. */
export interface BinarySignature {
  kind: 'zip' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'ole' | 'gzip' | 'rtf' | 'executable' | 'binary';
  description: string;
}

const signatures: { kind: BinarySignature['kind']; magic: number[]; description: string }[] = [
  { kind: 'zip', magic: [0x50, 0x4b, 0x03, 0x04], description: 'a zip archive' },
  { kind: 'zip', magic: [0x50, 0x4b, 0x05, 0x06], description: 'an empty zip archive' },
  { kind: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], description: 'a PDF document' },
  { kind: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], description: 'a PNG image' },
  { kind: 'jpeg', magic: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { kind: 'gif', magic: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  // OLE2 compound files are old Word (.doc) and Excel (.xls) documents.
  {
    kind: 'ole',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    description: 'an old Word or Excel document (.doc/.xls)',
  },
  { kind: 'gzip', magic: [0x1f, 0x8b], description: 'a gzip archive' },
  { kind: 'rtf', magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], description: 'an RTF document' },
  { kind: 'executable', magic: [0x7f, 0x45, 0x4c, 0x46], description: 'a program file' },
  { kind: 'executable', magic: [0x4d, 0x5a], description: 'a program file' },
];

const sniffLength = 8192;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Whether the first bytes look like UTF-16 without a BOM: one byte of each pair is mostly zero,
 * which is how Latin text looks in UTF-16. NUL bytes then do not mean "binary".
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, sniffLength) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'UTF-16LE';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'UTF-16BE';
  return null;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * What kind of non-text file this is, or null when it may be text. Magic numbers first; then NUL
 * and control bytes in the first 8 KB, which plain text in any 8-bit encoding or UTF-8 never has.
 */
export function sniffBinary(bytes: Uint8Array): BinarySignature | null {
  for (const s of signatures) {
    if (startsWith(bytes, s.magic)) return { kind: s.kind, description: s.description };
  }
  if (hasUtf16Bom(bytes) || looksLikeBomlessUtf16(bytes)) return null;
  const n = Math.min(bytes.length, sniffLength);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return { kind: 'binary', description: 'a binary file' };
    // Besides tab and line breaks, C0 control bytes are rare in real text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) controls++;
  }
  if (n > 0 && controls / n > 0.05) return { kind: 'binary', description: 'a binary file' };
  return null;
}

export function looksBinary(bytes: Uint8Array): boolean {
  return sniffBinary(bytes) !== null;
}

/** Zip entry names are stored uncompressed, so a Word document shows its main part's name. */
export function isDocxZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && containsAscii(bytes, 'word/document.xml');
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  const first = codes[0]!;
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - codes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}
