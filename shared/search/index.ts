/**
 * Full-text search, the same in the app (hosted in a worker by renderer/search) and the CLI:
 * the tokeniser and term processing (Norwegian and English), the MiniSearch index, the query
 * language, hits with exact offsets, keyword-in-context lines, and auto-coding of hits.
 */
export type { SearchLanguage, SearchOptions } from './options';
export { defaultSearchOptions, sameSearchOptions, searchIndexVersion } from './options';
export type { SearchDocument, SearchDocumentKind, SearchRows, SearchSourceRow } from './documents';
export { codeSearchText, searchDocumentId, searchDocumentsOf } from './documents';
export type { SearchIndex } from './search-index';
export { addDocuments, createSearchIndex, documentCount, documentIds, loadSearchIndex, removeDocuments, SearchIndexStale, serializeIndex } from './search-index';
export type { ParsedQuery, QueryNode, SearchMode, SearchQueryError, SearchQueryErrorCode } from './query';
export { maxRegexLength, parseSearchQuery } from './query';
export type { DocumentLookup, DocumentMatch, SearchHit, SearchOutcome } from './run-search';
export { defaultHitLimit, hitsInDocument, matchingDocuments, regexScanLimit, runSearch, searchWithStatus } from './run-search';
export type { SearchBudget, SearchPage, SearchPageOutcome } from './run-page';
export { regexBudgetMs, searchPage } from './run-page';
export type { KeywordInContext } from './keyword-in-context';
export { keywordInContext, keywordInContextLine } from './keyword-in-context';
export type { HitExtent } from './extend-hit';
export { extendHit } from './extend-hit';
export type { AutoCodeInput, AutoCodePreview, AutoCodeRange, AutoCodeSource } from './plan-auto-code';
export { planAutoCode, previewAutoCode } from './plan-auto-code';
export type { Token, TokenPart } from './tokens';
export { tokenize } from './tokens';
export { stopWordsOf } from './stop-words';
