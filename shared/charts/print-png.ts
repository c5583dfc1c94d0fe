/**
 * A PNG for print: as many pixels as the chosen print width needs at 300 dpi, and a pHYs chunk
 * saying so, so Word and LaTeX place the picture at that width instead of guessing 96 or 72 dpi.
 * Pure byte work on the PNG the renderer's canvas encodes (the canvas writes no pHYs).
 */

export const printDpi = 300;

/** The print widths offered, in centimetres: a journal column, a half page, a full A4 text width, a wide slide or poster. */
export const printWidthsCm = [8, 12, 16, 24] as const;
export type PrintWidthCm = (typeof printWidthsCm)[number];

/** Pixels across for a print width at `dpi`: 16 cm at 300 dpi is 1890 px. */
export function printPixelWidth(cm: number, dpi = printDpi): number {
  return Math.max(1, Math.round((cm / 2.54) * dpi));
}

/** Pixels per metre, as pHYs counts them: 300 dpi is 11811. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it (ISO 3309, the same as zlib's), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
  return png.length >= 8 && signature.every((b, i) => png[i] === b);
}

/** The chunks of a PNG: type and where the whole chunk (length, type, data, CRC) starts and ends. */
export function pngChunks(png: Uint8Array): { type: string; start: number; end: number; data: Uint8Array }[] {
  if (!isPng(png)) throw new Error('Not a PNG file (the signature is missing).');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; start: number; end: number; data: Uint8Array }[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) throw new Error('The PNG is cut off inside a chunk.');
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, end, data: png.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') return chunks;
  }
  throw new Error('The PNG is cut off: it has no IEND chunk.');
}

/** A pHYs chunk (length, type, data, CRC): `perMetre` pixels per metre both ways, unit metre. */
function physChunk(perMetre: number): Uint8Array {
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/**
 * The PNG with a pHYs chunk for `dpi` right after IHDR (the PNG spec: before the first IDAT), any
 * pHYs it had taken out. The pixels are untouched.
 */
export function withPhysicalDpi(png: Uint8Array, dpi = printDpi): Uint8Array<ArrayBuffer> {
  const chunks = pngChunks(png);
  const header = chunks[0];
  if (header?.type !== 'IHDR') throw new Error('The PNG does not start with its IHDR chunk.');
  const kept = chunks.filter((c) => c.type !== 'pHYs');
  const phys = physChunk(pixelsPerMetre(dpi));
  const out = new Uint8Array(8 + kept.reduce((sum, c) => sum + c.end - c.start, 0) + phys.length);
  out.set(signature, 0);
  let at = 8;
  for (const chunk of kept) {
    out.set(png.subarray(chunk.start, chunk.end), at);
    at += chunk.end - chunk.start;
    if (chunk === header) {
      out.set(phys, at);
      at += phys.length;
    }
  }
  return out;
}
