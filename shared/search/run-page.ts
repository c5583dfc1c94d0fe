import type { SearchResult } from 'minisearch';
import type { SearchDocument } from './documents';
import { regexSpans, spansIn } from './hit-spans';
import { prepare } from './prepared-query';
import type { ParsedQuery, SearchQueryError } from './query';
import { eachWordMatch, hitOf, processedQueryOptions, readingOrder, regexOf, regexScanLimit, type DocumentLookup, type SearchHit } from './run-search';
import type { SearchIndex } from './search-index';

/*
 * A result list shows a page of hits, not thousands: this finds every text the query matches (so
 * the list can say how many) but places hits, with their offsets, only in the texts that fill the
 * page. The hits it places are exactly searchWithStatus's first `limit` hits.
 */

export interface SearchPage {
  hits: SearchHit[];
  /** Texts (messages, turns, memos, codes, condensates) the query matches, placed or not. */
  texts: number;
  /** More hits exist than were placed: a longer page would show more. */
  more: boolean;
}

/** A time budget for a regular expression, checked between texts (one text's scan cannot be interrupted). */
export interface SearchBudget {
  now: () => number;
  ms: number;
}

/** What the app gives a regular expression: long enough for a whole thesis project, short enough not to hold the worker. */
export const regexBudgetMs = 3000;

export type SearchPageOutcome = SearchPage | { error: SearchQueryError };

function placeIn(doc: SearchDocument, spans: readonly { start: number; end: number }[], score: number, hits: SearchHit[], limit: number): boolean {
  for (const span of spans) {
    if (hits.length >= limit) return false;
    hits.push(hitOf(doc, span, score));
  }
  return true;
}

function regexPage(index: SearchIndex, docs: DocumentLookup, query: Extract<ParsedQuery, { mode: 'regex' }>, limit: number, budget?: SearchBudget): SearchPageOutcome {
  const pattern = regexOf(query);
  const hits: SearchHit[] = [];
  const started = budget?.now() ?? 0;
  let texts = 0;
  let more = false;
  let scanned = 0;
  for (const doc of readingOrder(index, docs)) {
    if (budget && budget.now() - started > budget.ms) return { error: { code: 'regex-too-slow', params: { seconds: budget.ms / 1000 } } };
    scanned += doc.text.length;
    if (scanned > regexScanLimit) return { hits, texts, more: true };
    const spans = regexSpans(doc.text, pattern);
    if (spans.length === 0) continue;
    texts++;
    if (!placeIn(doc, spans, 1, hits, limit)) more = true;
  }
  return { hits, texts, more };
}

/**
 * The first `limit` hits of a query (best text first, each text's hits in text order) and how
 * many texts it matches. A regular expression that runs past `budget` answers 'regex-too-slow'.
 */
export function searchPage(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit: number, budget?: SearchBudget): SearchPageOutcome {
  if (query.mode === 'regex') return regexPage(index, docs, query, limit, budget);
  const hits: SearchHit[] = [];
  const prepared = prepare(index, query);
  if (!prepared) return { hits, texts: 0, more: false };
  if (prepared.exact) {
    // MiniSearch's answer is the answer (as in matchingDocuments): its length is the count, and
    // only the texts that fill the page are looked up.
    const results = index.mini.search(prepared.mini, processedQueryOptions) as SearchResult[];
    let cut = false;
    let i = 0;
    for (; i < results.length && !cut && hits.length < limit; i++) {
      const result = results[i]!;
      const doc = docs(String(result.id));
      if (!doc) continue;
      const needles = result.terms.filter(prepared.placesHit);
      cut = !placeIn(doc, spansIn(doc.text, prepared, index.terms, needles), result.score, hits, limit);
    }
    return { hits, texts: results.length, more: cut || i < results.length };
  }
  let texts = 0;
  let more = false;
  eachWordMatch(index, docs, prepared, (doc, result) => {
    texts++;
    // A text past the page is counted, not read: its hits are placed when a longer page asks.
    if (hits.length >= limit) {
      more = true;
      return true;
    }
    const needles = result.terms.filter(prepared.placesHit);
    if (!placeIn(doc, spansIn(doc.text, prepared, index.terms, needles), result.score, hits, limit)) more = true;
    return true;
  });
  return { hits, texts, more };
}
