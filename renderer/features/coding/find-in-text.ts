import type { Range } from '../../../shared/ranges/range';

/** More hits than anyone steps through one by one; the count then reads "1000+". */
export const maxFindHits = 1000;

/**
 * Where `query` occurs in `text`, ignoring case, as UTF-16 offsets into the text. A plain scan:
 * finding inside the open document needs no index. The query is taken literally (no wildcards),
 * and only hits that start inside one of `within` (the document's turns; the preamble is drawn
 * apart from them) are kept, so every hit can be shown and selected.
 */
export function findInText(text: string, query: string, within?: readonly Range[]): Range[] {
  const needle = query.trim();
  if (needle === '') return [];
  // A regex only for its case folding ('i' with 'u' folds å/Å, æ/Æ, ø/Ø): lower-casing the text
  // first could change its length and so every offset after a character like 'İ'.
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const hits: Range[] = [];
  let block = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (within) {
      while (block < within.length && within[block]!.end <= start) block++;
      const b = within[block];
      if (!b || start < b.start) continue;
    }
    hits.push({ start, end });
    if (hits.length >= maxFindHits) break;
  }
  return hits;
}

/** The hit to show first: the first one at or after `from` (where the caret was), else the first. */
export function firstHitFrom(hits: readonly Range[], from: number): number {
  const i = hits.findIndex((h) => h.start >= from);
  return i < 0 ? 0 : i;
}
