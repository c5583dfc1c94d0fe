import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore } from '../../../shared/retrieval';

const words =
  'Hei. Jeg lurer på om søknaden min om økonomisk sosialhjelp er kommet fram til kontoret, for jeg har ikke hørt noe.';

describe('context around a passage', () => {
  it('shows whole words before and after, at most 80 characters', () => {
    // The 80 characters before "hørt" begin inside "søknaden": that part-word is left out.
    const before = contextBefore(words, words.indexOf('hørt'));
    expect(before).toBe('min om økonomisk sosialhjelp er kommet fram til kontoret, for jeg har ikke ');
    const after = contextAfter(words, words.indexOf('Jeg') + 3, 20);
    expect(after).toBe(' lurer på om');
  });

  it('shows everything when the text is short', () => {
    expect(contextBefore('Hei du', 4)).toBe('Hei ');
    expect(contextAfter('Hei du', 3)).toBe(' du');
  });

  it('cuts a long word (a URL) without splitting an emoji', () => {
    const emoji = '😀'.repeat(60);
    const before = contextBefore(emoji, emoji.length, 81);
    const after = contextAfter(emoji, 0, 81);
    for (const part of [before, after]) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('is always a piece of the text right next to the passage', () => {
    const text = fc
      .array(fc.constantFrom('ord', ' ', '\n', 'æøå', '😀', 'e\u0301', 'https://nav.no/sosialhjelp/sok'), {
        maxLength: 60,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        const before = contextBefore(t, start);
        const after = contextAfter(t, end);
        expect(t.slice(start - before.length, start)).toBe(before);
        expect(t.slice(end, end + after.length)).toBe(after);
        expect(before.length).toBeLessThanOrEqual(80);
        expect(after.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
