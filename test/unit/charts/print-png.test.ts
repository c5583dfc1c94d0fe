import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, pixelsPerMetre, pngChunks, printPixelWidth, printWidthsCm, withPhysicalDpi } from '../../../shared/charts/print-png';

const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A real, tiny PNG as a canvas writes it: IHDR, IDAT, IEND (optionally with a 72 dpi pHYs first, as some encoders add). */
function tinyPng(width: number, height: number, withOldPhys = false): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = new Uint8Array(height * (1 + width * 4)).map((_, i) => (i * 37) % 256);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 4)] = 0; // filter: none
  const phys = new Uint8Array(9);
  new DataView(phys.buffer).setUint32(0, 2835);
  new DataView(phys.buffer).setUint32(4, 2835);
  phys[8] = 1;
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(withOldPhys ? [chunk('pHYs', phys)] : []),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Every chunk's stored CRC, checked as a PNG reader checks it. */
function crcsValid(png: Uint8Array): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return pngChunks(png).every((c) => view.getUint32(c.end - 4) === crc32(png.subarray(c.start + 4, c.end - 4)));
}

describe('PNG for print at 300 dpi', () => {
  it('has as many pixels as the print width needs at 300 dpi', () => {
    expect(printWidthsCm.map((cm) => printPixelWidth(cm))).toEqual([945, 1417, 1890, 2835]);
    expect(pixelsPerMetre(300)).toBe(11811);
  });

  it('computes PNG CRCs as zlib does', () => {
    // The CRC every PNG's IEND chunk carries.
    expect(crc32(ascii('IEND')).toString(16)).toBe('ae426082');
  });

  it('adds a pHYs chunk of 300 dpi right after IHDR, with a valid CRC, leaving the pixels as they were', () => {
    const png = tinyPng(3, 2);
    const out = withPhysicalDpi(png);
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = new DataView(chunks[1]!.data.buffer, chunks[1]!.data.byteOffset, 9);
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([11811, 11811, 1]);
    expect(crcsValid(out)).toBe(true);
    const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 8);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([3, 2]);
    expect(chunks[2]!.data).toEqual(pngChunks(png)[1]!.data);
    expect(out.length).toBe(png.length + 21);
  });

  it('replaces a pHYs the encoder wrote (72 dpi) instead of adding a second one', () => {
    const out = withPhysicalDpi(tinyPng(1, 1, true));
    const chunks = pngChunks(out);
    expect(chunks.filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(new DataView(chunks[1]!.data.buffer, chunks[1]!.data.byteOffset).getUint32(0)).toBe(11811);
    expect(crcsValid(out)).toBe(true);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPhysicalDpi(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(/Not a PNG/);
    expect(() => withPhysicalDpi(tinyPng(2, 2).subarray(0, 40))).toThrow(/cut off/);
  });
});
