import MiniSearch, { type Options } from 'minisearch';
import type { SearchDocument } from './documents';
import { sameSearchOptions, searchIndexVersion, type SearchOptions } from './options';
import { termProcessor, type TermProcessor } from './terms';
import { tokenTexts } from './tokens';

/**
 * The full-text index: MiniSearch over the documents' text, with our tokeniser and term
 * processing. It holds terms only; the documents themselves are looked up by id when hits are
 * placed (runSearch), so the app keeps them where they already are.
 */
export interface SearchIndex {
  readonly options: SearchOptions;
  readonly terms: TermProcessor;
  readonly mini: MiniSearch<SearchDocument>;
}

function miniSearchOptions(terms: TermProcessor): Options<SearchDocument> {
  return {
    idField: 'id',
    fields: ['text'],
    storeFields: [],
    tokenize: tokenTexts,
    processTerm: (token) => terms.indexTerms(token),
  };
}

export function createSearchIndex(options: SearchOptions): SearchIndex {
  const terms = termProcessor(options);
  return { options, terms, mini: new MiniSearch<SearchDocument>(miniSearchOptions(terms)) };
}

/** Adds documents; one already indexed under the same id is replaced (an edited memo, a fixed typo). */
export function addDocuments(index: SearchIndex, docs: readonly SearchDocument[]): void {
  for (const doc of docs) {
    if (index.mini.has(doc.id)) index.mini.discard(doc.id);
    index.mini.add(doc);
  }
}

/** Removes documents by id; ids not in the index are skipped. */
export function removeDocuments(index: SearchIndex, ids: readonly string[]): void {
  for (const id of ids) if (index.mini.has(id)) index.mini.discard(id);
}

export function documentCount(index: SearchIndex): number {
  return index.mini.documentCount;
}

/** Every document id in the index (what a regular expression scans). */
export function documentIds(index: SearchIndex): string[] {
  return index.mini.search(MiniSearch.wildcard).map((r) => String(r.id));
}

const indexFormat = 'kodebok-search-index';

/**
 * The index as text to persist: one header line (format, version, options), then MiniSearch's
 * own JSON, so loading parses the big part once.
 */
export function serializeIndex(index: SearchIndex): string {
  return `${JSON.stringify({ format: indexFormat, version: searchIndexVersion, options: index.options })}\n${JSON.stringify(index.mini)}`;
}

/** Why a persisted index cannot be used as it is: the caller rebuilds it from the rows. */
export class SearchIndexStale extends Error {
  constructor(readonly reason: 'not-an-index' | 'other-version' | 'other-options') {
    super(`The search index must be rebuilt (${reason}).`);
    this.name = 'SearchIndexStale';
  }
}

/**
 * Restores a persisted index. Throws SearchIndexStale when it was made by another version of the
 * search code or with other options (language, stop words, aa folding): rebuild it then.
 */
export function loadSearchIndex(json: string, options: SearchOptions): SearchIndex {
  const newline = json.indexOf('\n');
  let header: { format?: unknown; version?: unknown; options?: SearchOptions };
  try {
    header = JSON.parse(json.slice(0, newline < 0 ? json.length : newline));
  } catch {
    throw new SearchIndexStale('not-an-index');
  }
  if (header.format !== indexFormat || newline < 0) throw new SearchIndexStale('not-an-index');
  if (header.version !== searchIndexVersion) throw new SearchIndexStale('other-version');
  if (!header.options || !sameSearchOptions(header.options, options)) throw new SearchIndexStale('other-options');
  const terms = termProcessor(options);
  try {
    return { options, terms, mini: MiniSearch.loadJSON<SearchDocument>(json.slice(newline + 1), miniSearchOptions(terms)) };
  } catch {
    throw new SearchIndexStale('not-an-index');
  }
}
