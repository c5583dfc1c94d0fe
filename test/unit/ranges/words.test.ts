import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideWord, snapToWords, splitsSurrogatePair } from '../../../shared/ranges';

/** The text the widened selection covers, for a selection given as the part of `text` from `from` with `length` units. */
function snapped(text: string, from: number, length: number): string {
  const r = snapToWords(text, { start: from, end: from + length });
  return text.slice(r.start, r.end);
}

/** Widens the first occurrence of `part` in `text`. */
function widen(text: string, part: string): string {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  return snapped(text, at, part.length);
}

describe('snapToWords', () => {
  it('widens a selection that starts inside a word: "et er litt tungt" codes "Det er litt tungt"', () => {
    expect(widen('Det er litt tungt.', 'et er litt tungt')).toBe('Det er litt tungt');
  });

  it('widens a selection that ends inside a word, with æ, ø and å in it', () => {
    expect(widen('Søknaden gjelder nødhjelp til mat.', 'Søknaden gjelder nødh')).toBe('Søknaden gjelder nødhjelp');
    expect(widen('Vi må sjå på økonomien og være ærlige.', 'konomien og vær')).toBe('økonomien og være');
    expect(widen('Blåbærsyltetøy', 'bærsylt')).toBe('Blåbærsyltetøy');
  });

  it('leaves a selection of whole words as it is, and does not pull in the punctuation around it', () => {
    expect(widen('«Hei», sa hun. Ring oss!', 'Hei')).toBe('Hei');
    expect(widen('«Hei», sa hun. Ring oss!', 'sa hun')).toBe('sa hun');
    expect(widen('Ring oss på telefon.', 'oss på')).toBe('oss på');
    expect(widen('(dagen etter)', 'dagen etter')).toBe('dagen etter');
  });

  it('keeps a selection that starts or ends on punctuation or a space', () => {
    expect(widen('Hei. Jeg har sendt søknad', '. Jeg har')).toBe('. Jeg har');
    expect(widen('Hei. Jeg har sendt søknad', 'Jeg har ')).toBe('Jeg har ');
  });

  it('takes a hyphenated compound whole: starting on "kontoret" in "NAV-kontoret" reaches back to "NAV"', () => {
    expect(widen('Jeg var på NAV-kontoret i går.', 'kontoret i går')).toBe('NAV-kontoret i går');
    expect(widen('Jeg var på NAV-kontoret i går.', 'på NAV-kon')).toBe('på NAV-kontoret');
    expect(widen('Jeg var på NAV-kontoret i går.', 'på NAV-')).toBe('på NAV-kontoret');
    // A dash between words, or a hyphen before a space, does not join.
    expect(widen('for- og etterarbeid', 'for')).toBe('for');
    expect(widen('2019 - 2024 var tungt', '2019')).toBe('2019');
  });

  it('treats an apostrophe inside a word as part of it, and a closing quote as punctuation', () => {
    expect(widen("Det er Aase's sak.", "se's sak")).toBe("Aase's sak");
    expect(widen('Han sa ‘nei’ til det.', 'nei')).toBe('nei');
  });

  it('never splits an emoji, a skin tone or a family emoji, and leaves emoji out of the words', () => {
    const thumbs = 'Takk 👍🏽 for hjelpa';
    // Starting between the thumb and its skin tone moves back to the whole emoji.
    const between = thumbs.indexOf('🏽');
    expect(snapped(thumbs, between, thumbs.length - between)).toBe('👍🏽 for hjelpa');
    const family = 'Vi er 👨‍👩‍👧 hjemme';
    const inFamily = family.indexOf('👩');
    expect(snapped(family, inFamily, 3)).toBe('👨‍👩‍👧');
    // A selection ending inside a word before an emoji stops at the word's end.
    expect(widen('Takk😊 skal du ha', 'Tak')).toBe('Takk');
    // Half a surrogate pair is never an edge.
    const smile = 'ok 😊';
    const r = snapToWords(smile, { start: 3, end: 4 });
    expect(smile.slice(r.start, r.end)).toBe('😊');
  });

  it('returns a caret unchanged', () => {
    expect(snapToWords('Det er tungt', { start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
  });

  it('only ever widens, and leaves no edge inside a word or a character', () => {
    const alphabet = fc.constantFrom(...'aøå Ø-.’\'!3', '😊', '👍🏽', 'e\u0301', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const r = snapToWords(text, { start, end });
        expect(r.start).toBeLessThanOrEqual(start);
        expect(r.end).toBeGreaterThanOrEqual(end);
        if (end > start) {
          expect(insideWord(text, r.start)).toBe(false);
          expect(insideWord(text, r.end)).toBe(false);
          expect(splitsSurrogatePair(text, r.start) || splitsSurrogatePair(text, r.end)).toBe(false);
          // Widening twice changes nothing.
          expect(snapToWords(text, r)).toEqual(r);
        }
      }),
    );
  });
});
