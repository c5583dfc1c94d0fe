import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffset, utf16Offset } from '../../../shared/ranges';

describe('UTF-16 and code-point offsets', () => {
  it('counts an emoji as two code units but one code point', () => {
    const text = 'Takk 👍 ære';
    expect(text.indexOf('ære')).toBe(8);
    expect(codePointOffset(text, 8)).toBe(7);
    expect(utf16Offset(text, 7)).toBe(8);
    expect(codePointOffset('e\u0301', 2)).toBe(2); // a combining mark is its own code point
  });

  it('round-trips at every character boundary and agrees with Array.from', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ø', '😀', '👍🏽', 'e\u0301', '\n'), { maxLength: 20 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const chars = Array.from(t);
        let units = 0;
        chars.forEach((ch, points) => {
          expect(codePointOffset(t, units)).toBe(points);
          expect(utf16Offset(t, points)).toBe(units);
          units += ch.length;
        });
        expect(codePointOffset(t, t.length)).toBe(chars.length);
        expect(utf16Offset(t, chars.length + 5)).toBe(t.length);
      }),
    );
  });
});
