/** The languages the search stems and knows stop words for: bokmål, nynorsk and English. */
export type SearchLanguage = 'nb' | 'nn' | 'en';

/**
 * How an index turns text into terms. These are index options: a query is processed the same
 * way, and a persisted index made with other options (or another searchIndexVersion) is rebuilt.
 */
export interface SearchOptions {
  language: SearchLanguage;
  /** Leave out the language's stop words ("og", "ikke", "the"); a phrase still checks them in the text. */
  stopWords: boolean;
  /** Read "aa" as "å" ("Aasen" finds "Åsen" and back): old spellings of names and places. */
  foldAa: boolean;
}

export const defaultSearchOptions: SearchOptions = { language: 'nb', stopWords: true, foldAa: false };

/**
 * Bump when the tokeniser, the stemmer, the stop words or the MiniSearch options change: a
 * persisted index with another version is thrown away and rebuilt.
 */
export const searchIndexVersion = 1;

export function sameSearchOptions(a: SearchOptions, b: SearchOptions): boolean {
  return a.language === b.language && a.stopWords === b.stopWords && a.foldAa === b.foldAa;
}
