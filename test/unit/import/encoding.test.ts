import { describe, expect, it } from 'vitest';
import { detectEncoding, detectLineEndings, normaliseText } from '../../../shared/import';
import { bodies, encode, importBytes, utf8 } from './import-helpers';

const thread =
  'Bruker: Hei. Jeg lurer på søknaden min om AAP. Blåbær, Ærø, Øst.\n\nVeileder: (dagen etter)\nHei, vi ser på saken.';
const curly = 'Bruker: \u201cHvorfor\u201d får jeg ikke svar \u2013 det er gått to uker\u2026\n\nVeileder: Beklager.';

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const result = await importBytes('a.txt', utf8(thread));
    expect(result.encoding).toBe('UTF-8');
    expect(result.sources[0]!.text).toBe(thread);
    expect(result.warnings).toEqual([]);
  });

  it('reads UTF-8 with a BOM and drops it from the text', async () => {
    const result = await importBytes('a.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(thread)));
    expect(result.encoding).toBe('UTF-8 (BOM)');
    expect(result.sources[0]!.text).toBe(thread);
    expect(result.sources[0]!.messages[0]!.start).toBe('Bruker: '.length);
  });

  it.each([
    ['UTF-16LE', 'utf-16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf-16be', [0xfe, 0xff]],
  ] as const)('reads %s with a BOM', async (name, iconvName, bom) => {
    const result = await importBytes('a.txt', concat(new Uint8Array(bom), encode(thread, iconvName)));
    expect(result.encoding).toBe(`${name} (BOM)`);
    expect(result.sources[0]!.text).toBe(thread);
    expect(bodies(result.sources[0]!)[0]).toContain('Blåbær, Ærø, Øst.');
  });

  it('reads UTF-16LE without a BOM by its zero bytes', async () => {
    const result = await importBytes('a.txt', encode(thread, 'utf-16le'));
    expect(result.encoding).toBe('UTF-16LE');
    expect(result.sources[0]!.text).toBe(thread);
  });

  it('reads windows-1252 with æøå and curly quotes, and says it guessed', async () => {
    const bytes = encode(curly + ' Blåbær på Ærø.', 'windows-1252');
    expect(bytes.includes(0x93)).toBe(true);
    const result = await importBytes('gammel.txt', bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.sources[0]!.text).toBe(curly + ' Blåbær på Ærø.');
    expect(result.warnings.map((w) => w.code)).toContain('encoding-guessed');
  });

  it('reads Latin-1 text without cp1252-only bytes with æøå intact', async () => {
    const text = 'Bruker: Jeg har søkt om støtte til bolig på Østlandet, og lurer på når jeg får svar.';
    const detected = detectEncoding(encode(text, 'latin1'));
    expect(detected).toMatchObject({ bom: false, guessed: true });
    const result = await importBytes('latin.txt', encode(text, 'latin1'));
    expect(['ISO-8859-1', 'windows-1252']).toContain(result.encoding);
    expect(result.sources[0]!.text).toBe(text);
  });

  it('does not take invalid UTF-8 (an overlong slash) for UTF-8', () => {
    expect(detectEncoding(new Uint8Array([0x41, 0xc0, 0xaf, 0x42]))).toMatchObject({
      encoding: 'windows-1252',
      guessed: true,
    });
  });

  it('reports CRLF, CR, LF and mixed line endings and normalises offsets to LF', async () => {
    const result = await importBytes('a.txt', utf8(thread.replace(/\n/g, '\r\n')));
    expect(result.lineEndings).toBe('crlf');
    expect(result.sources[0]!.text).toBe(thread);
    expect(detectLineEndings('a\rb\rc')).toBe('cr');
    expect(detectLineEndings('a\nb')).toBe('lf');
    expect(detectLineEndings('a\r\nb\nc')).toBe('mixed');
    expect(detectLineEndings('abc')).toBe('none');
  });

  it('changes nothing but line endings and the BOM', () => {
    const text = '\ufeffBruker: e\u0301 👍🏽 æøå\u00a0[Navn]\r\n<Navn på kommune>\rslutt';
    expect(normaliseText(text)).toBe('Bruker: e\u0301 👍🏽 æøå\u00a0[Navn]\n<Navn på kommune>\nslutt');
  });
});
