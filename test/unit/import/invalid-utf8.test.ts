import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLikeBrowsers } from '../../../cli/node-environment';
import { detectEncoding } from '../../../shared/import';
import { scanUtf8 } from '../../../shared/import/utf8-scan';
import { bodies, encode, importBytes, utf8 } from './import-helpers';

const people = ['Bruker', 'Veileder'] as const;
const phrases = [
  'Hei, jeg lurer på når søknaden min blir behandlet.',
  'Vi har fått søknaden og ser på den i løpet av neste uke.',
  'Blåbærsyltetøy og økonomi er ikke det samme, men jeg må få råd.',
  'Kan du sende meg skjemaet for bostøtte på nytt?',
  'Ærlig talt forstår jeg ikke brevet fra Ørland kommune.',
];

/** An 800-message dialogue thread in bokmål, about 24 KB of UTF-8 (invented). */
function longDialogue(): string {
  const messages: string[] = [];
  for (let i = 0; i < 800; i++) messages.push(`${people[i % 2]}: ${phrases[i % phrases.length]} (${i + 1})`);
  return messages.join('\n\n');
}

/** The text as UTF-8 with one stray byte put right after each marker. */
function withStrayBytes(text: string, strays: [marker: string, byte: number][]): Uint8Array {
  const parts: number[] = [];
  let from = 0;
  for (const [marker, byte] of strays) {
    const found = text.indexOf(marker, from);
    if (found === -1) throw new Error(`"${marker}" is not in the text`);
    const at = found + marker.length;
    parts.push(...utf8(text.slice(from, at)), byte);
    from = at;
  }
  parts.push(...utf8(text.slice(from)));
  return new Uint8Array(parts);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('UTF-8 with a few invalid bytes', () => {
  it('stays UTF-8: æøå intact, each bad byte one U+FFFD, and the warning names their lines', async () => {
    const text = longDialogue();
    // Two stray bytes: a cp1252 "ø" pasted into message 150 and a lone continuation byte in 612.
    const bytes = withStrayBytes(text, [
      ['Ørland kommune. (150)', 0xf8],
      ['neste uke. (612)', 0x9d],
    ]);
    expect(bytes.length).toBeGreaterThan(24_000);

    const result = await importBytes('lang-dialog.txt', bytes);
    expect(result.encoding).toBe('UTF-8');
    const source = result.sources[0]!;
    expect(source.messages).toHaveLength(800);
    expect(source.text).not.toContain('Ã');
    expect(bodies(source)[0]).toBe('Hei, jeg lurer på når søknaden min blir behandlet. (1)');
    expect(bodies(source)[149]).toBe('Ærlig talt forstår jeg ikke brevet fra Ørland kommune. (150)\uFFFD');
    expect(source.text.split('\uFFFD')).toHaveLength(3);

    const warnings = result.warnings.filter((w) => w.code === 'invalid-utf8');
    expect(warnings).toEqual([
      expect.objectContaining({
        line: lineOf(text, '(150)'),
        params: { lines: `${lineOf(text, '(150)')}, ${lineOf(text, '(612)')}`, count: 2 },
      }),
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('encoding-guessed');
  });

  it('names the first five lines and counts every bad sequence, with CRLF and CR line ends', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Bruker: Linje ${i + 1} med æ, ø og å, ${'ÆØÅ'.repeat(3)}.`);
    const bad = [3, 9, 10, 17, 25, 31, 38];
    const parts: Uint8Array[] = lines.map((l, i) => {
      const line = utf8(l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n'));
      if (!bad.includes(i + 1)) return line;
      // A sequence cut short (E2 82 without its last byte) and an invalid byte (FF): two each.
      return new Uint8Array([0xe2, 0x82, 0xff, ...line]);
    });
    const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
    const result = await importBytes('linjer.txt', bytes, { format: 'transcript-txt' });
    expect(result.encoding).toBe('UTF-8');
    const warning = result.warnings.find((w) => w.code === 'invalid-utf8')!;
    expect(warning.params).toEqual({ lines: '3, 9, 10, 17, 25', count: 14 });
    expect(warning.message).toContain('and later');
    expect(result.sources[0]!.text.split('\uFFFD')).toHaveLength(15);
  });

  it('counts bad sequences exactly as TextDecoder replaces them', () => {
    const samples = [
      [0x61, 0xc0, 0xaf, 0x62], // overlong slash: two bad bytes
      [0x61, 0xe0, 0x80, 0x62], // E0 needs A0–BF next
      [0x61, 0xed, 0xa0, 0x80, 0x62], // a UTF-16 surrogate
      [0x61, 0xf0, 0x9f, 0x98], // emoji cut off at the end
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xe6, 0xb8, 0x41, 0xc3, 0xa6],
    ];
    for (const s of samples) {
      const bytes = new Uint8Array(s);
      const decoded = new TextDecoder().decode(bytes);
      expect(scanUtf8(bytes).invalid).toBe(decoded.split('\uFFFD').length - 1);
      expect(decodeLikeBrowsers(bytes, 'UTF-8')).toBe(decoded);
    }
  });

  it('never reports valid UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 50 }), (a, b) => {
        const bytes = utf8(a + '\n' + b);
        const detected = detectEncoding(bytes);
        expect(detected).toMatchObject({ encoding: expect.stringMatching(/^UTF-/) });
        expect(detected).not.toHaveProperty('invalidUtf8');
        expect(scanUtf8(bytes).invalid).toBe(0);
      }),
    );
  });

  it('counts like TextDecoder on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const replaced = new TextDecoder().decode(bytes).split('\uFFFD').length - 1;
        expect(scanUtf8(bytes).invalid).toBe(replaced - countGenuineReplacement(bytes));
      }),
    );
  });
});

/** U+FFFD written as valid UTF-8 (EF BF BD) in the bytes themselves. */
function countGenuineReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

describe('falling back to windows-1252', () => {
  it('reads a real cp1252 file as windows-1252', async () => {
    const text = 'Bruker: Jeg har søkt om støtte og fått et «brev» – men hvor er svaret på søknaden?\n\nVeileder: Vi ser på saken i løpet av uken. Blåbær og Ærø.';
    const result = await importBytes('gammel.txt', encode(text, 'windows-1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.sources[0]!.text).toBe(text);
    expect(result.warnings.map((w) => w.code)).toEqual(['encoding-guessed']);
  });

  it('falls back when invalid sequences are many beside the valid ones', async () => {
    // Half a file saved as cp1252 and appended to a UTF-8 one: mostly bad sequences.
    const cp = encode('Bruker: Søknaden om støtte på Ørland er sendt. '.repeat(20), 'windows-1252');
    const good = utf8('\n\nVeileder: Takk, vi ser på den nå. Hilsen Åse Ødegård.');
    const bytes = new Uint8Array([...cp, ...good]);
    const scan = scanUtf8(bytes);
    expect(scan.invalid).toBeGreaterThan(scan.validMultibyte);
    expect(scan.validMultibyte).toBeGreaterThan(0);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: expect.stringMatching(/^(windows-1252|ISO-8859-1)$/), guessed: true });
  });

  it('takes lone cp1252 æ ø å between letters for cp1252 when bad and good sequences are close', () => {
    // 6 good UTF-8 characters, 4 lone cp1252 letters: 40 % bad, and they look like cp1252.
    const bytes = new Uint8Array([...utf8('Bruker: æøå ÆØÅ '), ...encode('bl\u00e5b\u00e6r p\u00e5 \u00d8st', 'windows-1252')]);
    expect(scanUtf8(bytes)).toMatchObject({ validMultibyte: 6, invalid: 4, cp1252Letters: 4 });
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'windows-1252' });
    // The same share of bad bytes that are not letters (lone continuation bytes) stays UTF-8.
    const stray = new Uint8Array([...utf8('Bruker: æøå ÆØÅ '), 0x41, 0x9d, 0x42, 0x41, 0xa0, 0x42, 0x20, 0x8f, 0x20, 0xbf]);
    expect(detectEncoding(stray)).toMatchObject({ encoding: 'UTF-8', invalidUtf8: { count: 4 } });
  });

  it('still detects UTF-16 without a BOM, ASCII only as well', async () => {
    const text = 'Bruker: Hei, jeg har et spørsmål.\n\nVeileder: Hei! Spør i vei.';
    for (const [name, iconvName] of [['UTF-16LE', 'utf-16le'], ['UTF-16BE', 'utf-16be']] as const) {
      const result = await importBytes('u16.txt', encode(text, iconvName));
      expect(result.encoding).toBe(name);
      expect(result.sources[0]!.text).toBe(text);
    }
    const ascii = await importBytes('ascii16.txt', encode('Bruker: Hei\n\nVeileder: Hallo', 'utf-16le'));
    expect(ascii.encoding).toBe('UTF-16LE');
    expect(bodies(ascii.sources[0]!)).toEqual(['Hei', 'Hallo']);
  });
});

describe('decoding in Node matches the browser (WHATWG Encoding)', () => {
  it('reads every windows-1252 byte as WHATWG does, undefined bytes as C1 controls', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeLikeBrowsers(all, 'windows-1252');
    expect(text).toHaveLength(256);
    expect([...text.slice(0x80, 0xa0)].map((c) => c.codePointAt(0)!.toString(16))).toEqual(
      // The WHATWG index-windows-1252 for 0x80–0x9F.
      '20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f 90 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 9d 17e 178'.split(' '),
    );
    expect(text.slice(0xe5, 0xe7)).toBe('åæ');
    expect(decodeLikeBrowsers(all, 'ISO-8859-1')).toBe(text);
  });

  it('replaces a lone UTF-16 surrogate, as TextDecoder does', () => {
    expect(decodeLikeBrowsers(new Uint8Array([0x41, 0, 0x00, 0xd8, 0x42, 0]), 'UTF-16LE')).toBe('A\uFFFDB');
    expect(decodeLikeBrowsers(new Uint8Array([0, 0x41, 0xd8, 0x00, 0, 0x42]), 'UTF-16BE')).toBe('A\uFFFDB');
  });
});
