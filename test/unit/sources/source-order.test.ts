import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model';
import { nextSort, visibleSources } from '../../../renderer/features/sources/source-order';
import { source } from '../retrieval/fixture';

const kinds: Record<Source['kind'], string> = { dialogue: 'Dialog', interview: 'Intervju', 'focus-group': 'Fokusgruppe', text: 'Tekst' };
const label = (kind: Source['kind']) => kinds[kind];

function make(title: string, order: number, kind: Source['kind'], importedAt: string): Source {
  const s = source(`s${order}`, title, order);
  return { ...s, kind, origin: { ...s.origin, importedAt } };
}

const sources = [
  make('Dialog 10: Klage', 0, 'dialogue', '2024-03-02T10:00:00.000Z'),
  make('Intervju med Åse', 1, 'interview', '2024-03-01T10:00:00.000Z'),
  make('Dialog 2: Strøm', 2, 'dialogue', '2024-03-03T10:00:00.000Z'),
  make('Fokusgruppe vignett', 3, 'focus-group', '2024-03-01T09:00:00.000Z'),
  make('Ærlig talt', 4, 'text', '2024-03-04T10:00:00.000Z'),
];
const titles = (list: Source[]) => list.map((s) => s.title);

describe('the sources list', () => {
  it('keeps the import order until a column is chosen', () => {
    expect(titles(visibleSources([...sources].reverse(), '', null, label))).toEqual(titles(sources));
  });

  it('sorts titles as people read them: "Dialog 2" before "Dialog 10", Æ and Å at the end', () => {
    expect(titles(visibleSources(sources, '', { key: 'title', direction: 'ascending' }, label))).toEqual([
      'Dialog 2: Strøm',
      'Dialog 10: Klage',
      'Fokusgruppe vignett',
      'Intervju med Åse',
      'Ærlig talt',
    ]);
    expect(titles(visibleSources(sources, '', { key: 'title', direction: 'descending' }, label))[0]).toBe('Ærlig talt');
  });

  it('sorts by the type as the user reads it, then in import order', () => {
    expect(titles(visibleSources(sources, '', { key: 'kind', direction: 'ascending' }, label))).toEqual([
      'Dialog 10: Klage',
      'Dialog 2: Strøm',
      'Fokusgruppe vignett',
      'Intervju med Åse',
      'Ærlig talt',
    ]);
  });

  it('sorts by import date, newest first when descending', () => {
    expect(titles(visibleSources(sources, '', { key: 'date', direction: 'descending' }, label))).toEqual([
      'Ærlig talt',
      'Dialog 2: Strøm',
      'Dialog 10: Klage',
      'Intervju med Åse',
      'Fokusgruppe vignett',
    ]);
  });

  it('finds titles holding every typed word, in any case', () => {
    expect(titles(visibleSources(sources, 'dialog', null, label))).toEqual(['Dialog 10: Klage', 'Dialog 2: Strøm']);
    expect(titles(visibleSources(sources, '  ÅSE  intervju ', null, label))).toEqual(['Intervju med Åse']);
    expect(visibleSources(sources, 'nødhjelp', null, label)).toEqual([]);
  });

  it('starts a new column ascending and flips the same column', () => {
    expect(nextSort(null, 'title')).toEqual({ key: 'title', direction: 'ascending' });
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'title')).toEqual({ key: 'title', direction: 'descending' });
    expect(nextSort({ key: 'title', direction: 'descending' }, 'date')).toEqual({ key: 'date', direction: 'ascending' });
  });
});
