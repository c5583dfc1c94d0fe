import { describe, expect, it } from 'vitest';
import type { Subgroup } from '../../../shared/model';
import { stateFromPlainText } from '../../../shared/memos/content';
import { draftFromCondensates, lengthGuide, wordCount } from '../../../shared/stc/analytic-draft';

const at = '2026-01-01T00:00:00.000Z';
function sub(id: string, order: number, name: string, plainText: string, content = plainText ? stateFromPlainText(plainText) : ''): Subgroup {
  return { id, projectId: 'p', codeGroupId: 'g1', name, order, content, plainText, authorId: 'a', createdAt: at, updatedAt: at };
}

describe('the analytic text started from the condensates', () => {
  it('takes the condensates in subgroup order, each under its name in bold, leaving out unwritten ones and other groups', () => {
    const rows = {
      subgroups: [
        sub('b', 1, 'To stemmer', 'Jeg er varm om jobb og kort om penger.'),
        sub('a', 0, 'Lenken', 'Jeg sender lenken.\nDet er raskt.'),
        sub('c', 2, 'Tom', ''),
        { ...sub('d', 0, 'Annen gruppe', 'Ikke med.'), codeGroupId: 'g2' },
      ],
    };
    const draft = draftFromCondensates(rows, 'g1')!;
    expect(draft.plainText).toBe('Lenken\n\nJeg sender lenken.\nDet er raskt.\n\nTo stemmer\n\nJeg er varm om jobb og kort om penger.');
    const root = (JSON.parse(draft.content) as { root: { children: { children: { text: string; format: number }[] }[] } }).root;
    const paragraphs = root.children.map((p) => p.children.map((c) => c.text).join(''));
    expect(paragraphs).toEqual(['Lenken', 'Jeg sender lenken.', 'Det er raskt.', 'To stemmer', 'Jeg er varm om jobb og kort om penger.']);
    expect(root.children[0]!.children[0]!.format).toBe(1);
    expect(root.children[1]!.children[0]!.format).toBe(0);
  });

  it('keeps a condensate with no Lexical state by its plain text, and gives nothing when no condensate is written', () => {
    const draft = draftFromCondensates({ subgroups: [sub('a', 0, 'Lenken', 'Bare tekst.', 'not json')] }, 'g1')!;
    expect(draft.plainText).toBe('Lenken\n\nBare tekst.');
    expect(draftFromCondensates({ subgroups: [sub('a', 0, 'Lenken', '  ')] }, 'g1')).toBeNull();
  });
});

describe('the condensate length guide', () => {
  it('counts words as a writer does, with æøå and numbers, not dashes alone', () => {
    expect(wordCount('  Jeg sender lenken – fordi det er «riktig», 2 ganger.  ')).toBe(9);
    expect(wordCount('')).toBe(0);
  });

  it('hints only when a condensate is clearly longer than its units', () => {
    expect(lengthGuide(0, 30)).toBe('empty');
    expect(lengthGuide(30, 10)).toBe('fine');
    expect(lengthGuide(60, 100)).toBe('fine');
    expect(lengthGuide(61, 50)).toBe('long');
  });
});
