import { describe, expect, it } from 'vitest';
import type { SourceEdit } from '../../../shared/model';
import { currentText, originalText } from '../../../shared/sources/current-text';
import { originalTexts } from '../../../shared/migrations/v3-original-texts';

const imported = 'Bruker: Hei, nør får jeg svar på søknaden?';
const fix = (id: string, createdAt: string, start: number, removed: string, inserted: string): SourceEdit => ({
  id, projectId: 'p', sourceId: 's', authorId: 'kari', start, removed, inserted, createdAt, updatedAt: createdAt,
});
// Second fix made on the text the first one left: "søknaden" → "søknaden din".
const edits = [fix('b', '2026-01-02', 13, 'nør', 'når'), fix('c', '2026-01-03', 33, 'søknaden', 'søknaden din')];

describe('the current text of a source', () => {
  it('is the imported text with the logged fixes applied in the order they were made', () => {
    expect(currentText({ text: imported }, [...edits].reverse())).toBe('Bruker: Hei, når får jeg svar på søknaden din?');
    expect(currentText({ text: imported }, [])).toBe(imported);
  });

  it('undoing the fixes of a text fixed in place gives back the imported text (the v2 → v3 step)', () => {
    const fixed = currentText({ text: imported }, edits);
    expect(originalText(fixed, edits)).toEqual({ text: imported });
    expect(originalTexts([{ sourceId: 's', projectId: 'p', text: fixed }, { sourceId: 'other', projectId: 'p', text: 'Urørt' }], edits)).toEqual([
      { sourceId: 's', projectId: 'p', text: imported },
      { sourceId: 'other', projectId: 'p', text: 'Urørt' },
    ]);
  });

  it('keeps a text whose log does not fit it, marked as already holding every fix, so its current text is unchanged', () => {
    const odd = 'Bruker: Hei, hvor lenge må jeg vente?';
    const kept = originalText(odd, edits);
    expect(kept).toEqual({ text: odd, appliedThrough: 'c' });
    expect(currentText(kept, edits)).toBe(odd);
    // A fix made after the carried-over ones is applied as usual.
    expect(currentText(kept, [...edits, fix('d', '2026-01-04', 13, 'hvor', 'Hvor')])).toBe('Bruker: Hei, Hvor lenge må jeg vente?');
  });
});
