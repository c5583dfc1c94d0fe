import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeSelections, quoteMatches } from '../../../shared/exchange/offsets';
import { storedText } from '../../../shared/import/decode-text';

/** Text pieces a selection never splits: astral (emoji, ZWJ sequence, flag), combining marks, CRLF/LF. */
const piece = fc.constantFrom(
  'a', 'b', 'Kari ', 'æ', 'ø', 'å', ' ', '.', '😀', '👩\u200d💻', '🇳🇴', 'e\u0301', 'a\u030a', '\r\n', '\n', '\u2026', '𝔘',
);

const codePoints = (s: string) => [...s].length;

describe('placeSelections', () => {
  it('maps UTF-16 file positions (BOM dropped, CRLF = 2) to offsets over the normalised text', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.boolean(), fc.nat(), fc.nat(), (pieces, bom, a, b) => {
        const i = a % pieces.length;
        const j = i + 1 + (b % (pieces.length - i));
        const body = pieces.join('');
        const before = pieces.slice(0, i).join('');
        const inside = pieces.slice(i, j).join('');
        const stored = storedText(body).text;
        const expected = { start: storedText(before).text.length, end: storedText(before + inside).text.length };
        const result = placeSelections((bom ? '\uFEFF' : '') + body, [
          { start: before.length, end: before.length + inside.length },
        ]);
        expect(result.text).toBe(stored);
        expect(result.reading === 'utf16' || result.reading === 'either').toBe(true);
        if (expected.start === expected.end) expect(result.placements[0]).toEqual({ ok: false, reason: 'empty' });
        else expect(result.placements[0]).toEqual({ ok: true, ...expected });
      }),
      { numRuns: 500 },
    );
  });

  it('maps code-point positions when the quoted text shows that is how the tool counted', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const i = a % pieces.length;
        const j = i + 1 + (b % (pieces.length - i));
        const before = pieces.slice(0, i).join('');
        const inside = pieces.slice(i, j).join('');
        const expected = { start: storedText(before).text.length, end: storedText(before + inside).text.length };
        fc.pre(expected.start !== expected.end && inside.trim() !== '');
        const result = placeSelections(pieces.join(''), [
          { start: codePoints(before), end: codePoints(before) + codePoints(inside), quote: inside },
        ]);
        const placed = result.placements[0]!;
        expect(placed.ok).toBe(true);
        if (!placed.ok) return;
        // Where the UTF-16 reading happens to cover the same words, either place is the quote.
        if (result.reading === 'utf16') expect(quoteMatches(inside, result.text.slice(placed.start, placed.end))).toBe(true);
        else expect(placed).toEqual({ ok: true, ...expected });
      }),
      { numRuns: 500 },
    );
  });

  it('never places a selection whose boundary splits an emoji, and says so', () => {
    // "😀" is two UTF-16 units; a boundary at 1 is inside it. The other selection ends past the
    // last code point, so only the UTF-16 reading can hold it: that reading is chosen.
    const text = '😀 Hei Kari\r\nHei Ola';
    const result = placeSelections(text, [
      { start: 1, end: 5 },
      { start: 3, end: text.length },
    ]);
    expect(result.reading).toBe('utf16');
    expect(result.placements[0]).toEqual({ ok: false, reason: 'inside-surrogate-pair' });
    expect(result.placements[1]).toEqual({ ok: true, start: 3, end: text.length - 1 });
    expect(result.text.slice(3)).toBe('Hei Kari\nHei Ola');
  });

  it('reports selections outside the text, reversed, empty, or not matching their quote', () => {
    const result = placeSelections('Bruker: Hei.\nVeileder: Hei.', [
      { start: 0, end: 100 },
      { start: -1, end: 3 },
      { start: 5, end: 2 },
      { start: 4, end: 4 },
      { start: 0, end: 6, quote: 'Veileder' },
      { start: 0, end: 6, quote: 'Bruker' },
      { start: 0, end: 12, quote: 'Bruker: H…' },
    ]);
    expect(result.placements.map((p) => (p.ok ? 'ok' : p.reason))).toEqual([
      'outside-text',
      'outside-text',
      'outside-text',
      'empty',
      'quote-mismatch',
      'ok',
      'ok',
    ]);
  });

  it('compares quotes across re-wrapped lines and NFC/NFD forms', () => {
    expect(quoteMatches('Mabe\u0302l 2ie\u0300me', 'Mabêl 2ième')).toBe(true);
    expect(quoteMatches('første linje andre', 'første linje\r\nandre')).toBe(true);
    expect(quoteMatches('Kari sa ja', 'Kari sa nei')).toBe(false);
  });
});
