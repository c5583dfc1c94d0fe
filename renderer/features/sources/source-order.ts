import type { Source } from '../../../shared/model';

export type SourceSortKey = 'title' | 'kind' | 'date';

export interface SourceSort {
  key: SourceSortKey;
  direction: 'ascending' | 'descending';
}

/** The next sort after a click on a column heading: a new column starts ascending, the same one flips. */
export function nextSort(current: SourceSort | null, key: SourceSortKey): SourceSort {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/**
 * The sources the list shows: those whose title holds every word of `query` (any case), in the
 * chosen order. Titles compare as people read them ("Dialog 2" before "Dialog 10", "Å" last);
 * ties keep the import order, and with no sort the import order is all there is.
 */
export function visibleSources(
  sources: readonly Source[],
  query: string,
  sort: SourceSort | null,
  kindLabel: (kind: Source['kind']) => string,
): Source[] {
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  const shown = sources.filter((s) => {
    const title = s.title.toLocaleLowerCase('nb');
    return words.every((w) => title.includes(w));
  });
  const byOrder = (a: Source, b: Source) => a.order - b.order;
  if (!sort) return shown.sort(byOrder);
  const compare: Record<SourceSortKey, (a: Source, b: Source) => number> = {
    title: (a, b) => collator.compare(a.title, b.title),
    kind: (a, b) => collator.compare(kindLabel(a.kind), kindLabel(b.kind)),
    date: (a, b) => (a.origin.importedAt < b.origin.importedAt ? -1 : a.origin.importedAt > b.origin.importedAt ? 1 : 0),
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => sign * compare[sort.key](a, b) || byOrder(a, b));
}
