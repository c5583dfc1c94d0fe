import { describe, expect, it } from 'vitest';
import { findInText, firstHitFrom } from '../../../renderer/features/coding/find-in-text';

describe('findInText (Ctrl+F in the open document)', () => {
  const text = 'Åse ringte NAV. Hun sa: «åse er ikke her» (Nav-kontoret, [stedsnavn]).';

  it('ignores case, æ ø å included, and gives offsets into the text', () => {
    const hits = findInText(text, 'åse');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Åse', 'åse']);
    expect(findInText(text, 'nav').map((h) => text.slice(h.start, h.end))).toEqual(['NAV', 'Nav', 'nav']); // the last inside [stedsnavn]: a plain scan finds parts of words too
  });

  it('takes the query literally: brackets, dots and stars are text, not patterns', () => {
    expect(findInText(text, '[stedsnavn]').map((h) => text.slice(h.start, h.end))).toEqual(['[stedsnavn]']);
    expect(findInText(text, 'N.V')).toEqual([]);
    expect(findInText(text, '  ')).toEqual([]);
  });

  it('keeps offsets right after characters whose lower case is longer', () => {
    const turkish = 'İstanbul og Oslo';
    const [hit] = findInText(turkish, 'oslo');
    expect(turkish.slice(hit!.start, hit!.end)).toBe('Oslo');
  });

  it('keeps only hits that start inside the turns', () => {
    const doc = 'Intervju om NAV\nI: Hva gjør NAV?\nIP: NAV ringer.';
    const turns = [
      { start: 16, end: 32 },
      { start: 33, end: doc.length },
    ];
    expect(findInText(doc, 'nav', turns).map((h) => h.start)).toEqual([28, 37]);
  });

  it('starts at the first hit after the caret, else the first', () => {
    const hits = [
      { start: 5, end: 8 },
      { start: 20, end: 23 },
    ];
    expect(firstHitFrom(hits, 10)).toBe(1);
    expect(firstHitFrom(hits, 30)).toBe(0);
  });
});
