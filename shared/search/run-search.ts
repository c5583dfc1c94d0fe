import type { Query, SearchResult } from 'minisearch';
import type { Id } from '../model';
import type { SearchDocument, SearchDocumentKind } from './documents';
import { regexSpans, spansIn, type Span } from './hit-spans';
import { matchesText, prepare, type Prepared } from './prepared-query';
import type { ParsedQuery } from './query';
import { documentIds, type SearchIndex } from './search-index';
import { tokenTexts } from './tokens';

/** One place a query matched: the matched words, in UTF-16 offsets into the source text (or the memo's/code's text). */
export interface SearchHit {
  docId: string;
  kind: SearchDocumentKind;
  sourceId?: Id;
  ownerId?: Id;
  start: number;
  end: number;
  /** MiniSearch's relevance of the whole document; hits are listed best document first. */
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** The hit limit, or a regular expression's scan limit, stopped the search early. */
  truncated: boolean;
}

export type DocumentLookup = (id: string) => SearchDocument | undefined;

/** Hits returned when no limit is given: more than anyone reads, few enough to list. */
export const defaultHitLimit = 10_000;
/** Characters a regular expression scans at most (about 20 MB of text: far more than a thesis project). */
export const regexScanLimit = 20_000_000;

export function hitOf(doc: SearchDocument, span: Span, score: number): SearchHit {
  const hit: SearchHit = { docId: doc.id, kind: doc.kind, start: doc.start + span.start, end: doc.start + span.end, score };
  if (doc.sourceId !== undefined) hit.sourceId = doc.sourceId;
  if (doc.ownerId !== undefined) hit.ownerId = doc.ownerId;
  return hit;
}

/** A document the query matches, and how well (MiniSearch's score; 1 for a regular expression). */
export interface DocumentMatch {
  docId: string;
  score: number;
}

/**
 * Visits the documents a words query matches, best first, each checked against its text where
 * MiniSearch alone cannot tell (phrases); stops when `visit` returns false.
 */
export function eachWordMatch(index: SearchIndex, docs: DocumentLookup, prepared: Prepared, visit: (doc: SearchDocument, result: SearchResult) => boolean): void {
  const results = index.mini.search(prepared.mini, processedQueryOptions) as SearchResult[];
  for (const result of results) {
    const doc = docs(String(result.id));
    if (!doc) continue;
    if (!prepared.exact) {
      let all: Set<string> | undefined;
      const docTerms = () => (all ??= new Set(tokenTexts(doc.text).flatMap((t) => index.terms.indexTerms(t))));
      if (!matchesText(prepared.root, doc.text, docTerms)) continue;
    }
    if (!visit(doc, result)) return;
  }
}

/** Order for scanning: by source and place in it, then the other texts by id, so results read in document order. */
function inReadingOrder(a: SearchDocument, b: SearchDocument): number {
  const sa = a.sourceId ?? '\uffff';
  const sb = b.sourceId ?? '\uffff';
  return sa < sb ? -1 : sa > sb ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const regexOf = (query: Extract<ParsedQuery, { mode: 'regex' }>) => new RegExp(query.source, query.flags.includes('g') ? query.flags : `${query.flags}g`);


/** Options every MiniSearch call of ours passes: queries arrive as terms already processed. */
export const processedQueryOptions = { tokenize: (s: string) => [s], processTerm: (t: string) => t };

/**
 * The MiniSearch query a words query runs (null when nothing is left to look up): what the bench
 * times on its own, to measure what runSearch adds around MiniSearch.
 */
export function miniSearchQueryOf(index: SearchIndex, query: ParsedQuery): Query | null {
  return query.mode === 'words' ? (prepare(index, query)?.mini ?? null) : null;
}

/**
 * The documents a query matches without placing its hits: best first for words (in reading
 * order for a regular expression). With hitsInDocument, a result list can place hits only for
 * the rows it shows. Without phrases the list comes straight from the index, so it may name a
 * document the lookup no longer holds (removed but not yet out of the index): skip those.
 */
export function matchingDocuments(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit = Infinity): DocumentMatch[] {
  const out: DocumentMatch[] = [];
  if (query.mode === 'regex') {
    const pattern = regexOf(query);
    let scanned = 0;
    for (const doc of readingOrder(index, docs)) {
      scanned += doc.text.length;
      if (scanned > regexScanLimit || out.length >= limit) break;
      pattern.lastIndex = 0;
      if (regexSpans(doc.text, pattern).length > 0) out.push({ docId: doc.id, score: 1 });
    }
    return out;
  }
  const prepared = prepare(index, query);
  if (!prepared) return out;
  if (prepared.exact) {
    // MiniSearch's answer is the answer: no text to read.
    for (const result of index.mini.search(prepared.mini, processedQueryOptions)) {
      if (out.length >= limit) break;
      out.push({ docId: String(result.id), score: result.score });
    }
    return out;
  }
  eachWordMatch(index, docs, prepared, (doc, result) => {
    if (out.length >= limit) return false;
    out.push({ docId: doc.id, score: result.score });
    return true;
  });
  return out;
}

/** The hits of a query in one document (say, one row of the results), in text order; [] if it does not match. */
export function hitsInDocument(index: SearchIndex, doc: SearchDocument, query: ParsedQuery, score = 1): SearchHit[] {
  if (query.mode === 'regex') return regexSpans(doc.text, regexOf(query)).map((s) => hitOf(doc, s, score));
  const prepared = prepare(index, query);
  if (!prepared) return [];
  return spansIn(doc.text, prepared, index.terms).map((s) => hitOf(doc, s, score));
}

export function readingOrder(index: SearchIndex, docs: DocumentLookup): SearchDocument[] {
  return documentIds(index)
    .map(docs)
    .filter((d): d is SearchDocument => d !== undefined)
    .sort(inReadingOrder);
}

/** Runs a parsed query: the hits, and whether a limit stopped it early. */
export function searchWithStatus(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit = defaultHitLimit): SearchOutcome {
  const hits: SearchHit[] = [];
  if (query.mode === 'regex') {
    const pattern = regexOf(query);
    let scanned = 0;
    for (const doc of readingOrder(index, docs)) {
      scanned += doc.text.length;
      if (scanned > regexScanLimit) return { hits, truncated: true };
      for (const span of regexSpans(doc.text, pattern)) {
        if (hits.length >= limit) return { hits, truncated: true };
        hits.push(hitOf(doc, span, 1));
      }
    }
    return { hits, truncated: false };
  }
  const prepared = prepare(index, query);
  if (!prepared) return { hits, truncated: false };
  let truncated = false;
  eachWordMatch(index, docs, prepared, (doc, result) => {
    // The terms MiniSearch matched in this text that place hits (not a phrase's own words).
    const needles = result.terms.filter(prepared.placesHit);
    for (const span of spansIn(doc.text, prepared, index.terms, needles)) {
      if (hits.length >= limit) {
        truncated = true;
        return false;
      }
      hits.push(hitOf(doc, span, result.score));
    }
    return true;
  });
  return { hits, truncated };
}

/** The hits of a parsed query, best document first, each document's hits in text order. */
export function runSearch(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit = defaultHitLimit): SearchHit[] {
  return searchWithStatus(index, docs, query, limit).hits;
}
