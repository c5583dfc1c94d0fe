import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Id } from '../model';
import type { SearchDocument, SearchDocumentKind } from './documents';
import { withinEdits } from './levenshtein';
import type { ParsedQuery, QueryNode } from './query';
import { documentIds, type SearchIndex } from './search-index';
import type { TermProcessor } from './terms';
import { forEachToken, tokenTexts, visitTokenAt, type TokenPart } from './tokens';

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

/*
 * A query is resolved against the index's term processing first: words become the terms the
 * index holds (stop words drop out), phrases keep their words for checking the text itself.
 */
type Resolved =
  | { type: 'term'; term: string; prefix: boolean; distance: number }
  | { type: 'phrase'; terms: string[]; pattern: RegExp }
  | { type: 'and' | 'or'; nodes: Resolved[] }
  | { type: 'not'; node: Resolved };

const letter = String.raw`[\p{L}\p{N}\p{M}]`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Typo tolerance in edits: asked for (`~`) from 4 letters, and by default for long words only, where one edit rarely makes another word. */
function editsAllowed(term: string, fuzzy: boolean | 'auto'): number {
  const length = [...term].length;
  if (fuzzy === true) return length >= 8 ? 2 : length >= 4 ? 1 : 0;
  if (fuzzy === 'auto') return length >= 12 ? 2 : length >= 8 ? 1 : 0;
  return 0;
}

function resolve(node: QueryNode, terms: TermProcessor): Resolved | null {
  switch (node.type) {
    case 'term': {
      const placeholder = /^[<[]/.test(node.text);
      // A prefix is compared with the stems as written, not stemmed itself ("søknade*" must not shrink).
      const term = node.prefix ? terms.normalise(node.text) : terms.queryTerm(node.text);
      if (term === null) return null;
      return { type: 'term', term, prefix: node.prefix, distance: placeholder || node.prefix ? 0 : editsAllowed(term, node.fuzzy) };
    }
    case 'phrase': {
      const source = `(?<!${letter})${node.words.map(escape).join(`${letter.replace('[', '[^')}+`)}(?!${letter})`;
      return {
        type: 'phrase',
        terms: node.words.map((w) => terms.queryTerm(w)).filter((t): t is string => t !== null),
        pattern: new RegExp(source, 'giu'),
      };
    }
    case 'not': {
      const inner = resolve(node.node, terms);
      return inner && { type: 'not', node: inner };
    }
    case 'and':
    case 'or': {
      const nodes = node.nodes.map((n) => resolve(n, terms)).filter((n): n is Resolved => n !== null);
      return nodes.length === 0 ? null : nodes.length === 1 ? nodes[0]! : { type: node.type, nodes };
    }
  }
}

/**
 * The query MiniSearch runs: it finds every document the query can match, sometimes more (a
 * phrase is looked up as all of its words; a NOT over a phrase is left to the check). `exact`
 * says whether its answer needs no check against the text.
 */
function toMiniSearch(node: Resolved): { query: Query; exact: boolean } {
  switch (node.type) {
    case 'term':
      return { query: { queries: [node.term], prefix: node.prefix, fuzzy: node.distance || false }, exact: true };
    case 'phrase':
      return { query: node.terms.length > 0 ? { queries: node.terms, combineWith: 'AND', prefix: false, fuzzy: false } : MiniSearch.wildcard, exact: false };
    case 'not':
      // A NOT outside an AND (only after pruning stop words): everything, checked afterwards.
      return { query: MiniSearch.wildcard, exact: false };
    case 'or': {
      const parts = node.nodes.map(toMiniSearch);
      return { query: { combineWith: 'OR', queries: parts.map((p) => p.query) }, exact: parts.every((p) => p.exact) };
    }
    case 'and': {
      const positives = node.nodes.filter((n) => n.type !== 'not').map(toMiniSearch);
      const negatives = node.nodes.filter((n): n is Extract<Resolved, { type: 'not' }> => n.type === 'not');
      let exact = positives.every((p) => p.exact);
      const positive: Query = positives.length === 0 ? MiniSearch.wildcard : { combineWith: 'AND', queries: positives.map((p) => p.query) };
      if (positives.length === 0) exact = false;
      const excluded: Query[] = [];
      for (const n of negatives) {
        // Excluding a phrase's words would drop texts that have the words but not the phrase.
        const inner = toMiniSearch(n.node);
        if (inner.exact) excluded.push(inner.query);
        else exact = false;
      }
      return { query: excluded.length === 0 ? positive : { combineWith: 'AND_NOT', queries: [positive, ...excluded] }, exact };
    }
  }
}

type TermLeaf = Extract<Resolved, { type: 'term' }>;
type PhraseLeaf = Extract<Resolved, { type: 'phrase' }>;

function leafMatches(term: string, leaf: TermLeaf): boolean {
  return term === leaf.term || (leaf.prefix && term.startsWith(leaf.term)) || (leaf.distance > 0 && withinEdits(term, leaf.term, leaf.distance));
}

/** The leaves that place hits: those not under a NOT (not even two: what is left out is never highlighted). */
function positiveLeaves(node: Resolved, negated = false, out: { terms: TermLeaf[]; phrases: PhraseLeaf[] } = { terms: [], phrases: [] }) {
  if (node.type === 'term') {
    if (!negated) out.terms.push(node);
  } else if (node.type === 'phrase') {
    if (!negated) out.phrases.push(node);
  } else if (node.type === 'not') positiveLeaves(node.node, true, out);
  else for (const n of node.nodes) positiveLeaves(n, negated, out);
  return out;
}

/** Whether a document matches, checked against its text: phrases in the text, words among its terms. */
function matchesText(node: Resolved, text: string, docTerms: () => Set<string>): boolean {
  switch (node.type) {
    case 'term': {
      const all = docTerms();
      if (all.has(node.term)) return true;
      if (!node.prefix && node.distance === 0) return false;
      for (const t of all) if (leafMatches(t, node)) return true;
      return false;
    }
    case 'phrase':
      node.pattern.lastIndex = 0;
      return node.pattern.test(text);
    case 'not':
      return !matchesText(node.node, text, docTerms);
    case 'and':
      return node.nodes.every((n) => matchesText(n, text, docTerms));
    case 'or':
      return node.nodes.some((n) => matchesText(n, text, docTerms));
  }
}

interface Span {
  start: number;
  end: number;
}

/** Sorted by start; a span inside an earlier one (a word of a phrase already listed) is dropped. */
function outermost(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (out.length === 0 || s.start >= out.at(-1)!.end) out.push(s);
  return out;
}

/**
 * A words query made ready for one index: resolved to its terms, the MiniSearch query, and
 * which terms place hits (those a positive word matches: exactly, by prefix or within its edits).
 */
interface Prepared {
  root: Resolved;
  mini: Query;
  exact: boolean;
  phrases: PhraseLeaf[];
  placesHit: (term: string) => boolean;
}

function prepare(index: SearchIndex, query: Extract<ParsedQuery, { mode: 'words' }>): Prepared | null {
  const root = resolve(query.root, index.terms);
  if (!root) return null;
  const leaves = positiveLeaves(root);
  // Only stop words, or nothing left to look for but a NOT: nothing to place a hit on.
  if (leaves.terms.length === 0 && leaves.phrases.length === 0) return null;
  const { query: mini, exact } = toMiniSearch(root);
  const memo = new Map<string, boolean>();
  const placesHit = (term: string) => {
    let yes = memo.get(term);
    if (yes === undefined) memo.set(term, (yes = leaves.terms.some((leaf) => leafMatches(term, leaf))));
    return yes;
  };
  return { root, mini, exact, phrases: leaves.phrases, placesHit };
}

/** Where a prepared query's words and phrases are in a text, outermost first. */
/** Spans of tokens whose whole term or a part's term places a hit. */
function tokenSpans(terms: TermProcessor, prepared: Prepared, spans: Span[]) {
  return (surface: string, start: number, parts: () => TokenPart[]) => {
    const whole = terms.queryTerm(surface);
    if (whole !== null && prepared.placesHit(whole)) {
      spans.push({ start, end: start + surface.length });
      return;
    }
    for (const part of parts()) {
      const t = terms.term(part.text);
      if (t !== null && prepared.placesHit(t)) spans.push(part);
    }
  };
}

const combining = /\p{M}/u;

/**
 * Finds the tokens to look at by searching the lower-cased text for the terms MiniSearch matched
 * in it, instead of reading every token: a Norwegian Snowball stem only ever drops letters from
 * the end, so the word a stem came from starts with it (a prefix query's letters too). Null when
 * that does not hold: English stems ("happi"), aa read as å, letters that change length when
 * lower-cased, decomposed letters (a + ring) or an apostrophe (typed ’, stored ').
 */
function spansNear(text: string, needles: readonly string[], prepared: Prepared, terms: TermProcessor): Span[] | null {
  const { language, foldAa } = terms.options;
  if (language === 'en' || foldAa || needles.some((n) => n.includes("'"))) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length || combining.test(text)) return null;
  const spans: Span[] = [];
  const visit = tokenSpans(terms, prepared, spans);
  for (const needle of needles) {
    // On from the end of the token just read: a needle twice in one word is one visit. The same
    // token reached by two needles gives the same span twice, which outermost() drops.
    for (let at = lower.indexOf(needle); at >= 0; ) {
      const end = visitTokenAt(text, at, visit);
      if (end < 0) break;
      at = lower.indexOf(needle, Math.max(end, at + 1));
    }
  }
  return spans;
}

/**
 * Where a prepared query's words and phrases are in a text, outermost first. `needles`: the
 * index terms MiniSearch matched in this text, when known (see spansNear).
 */
function spansIn(text: string, prepared: Prepared, terms: TermProcessor, needles?: readonly string[]): Span[] {
  let spans = needles ? spansNear(text, needles, prepared, terms) : null;
  if (!spans) {
    spans = [];
    forEachToken(text, tokenSpans(terms, prepared, spans));
  }
  for (const phrase of prepared.phrases) spans.push(...regexSpans(text, phrase.pattern));
  return outermost(spans);
}

function hitOf(doc: SearchDocument, span: Span, score: number): SearchHit {
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
function eachWordMatch(index: SearchIndex, docs: DocumentLookup, prepared: Prepared, visit: (doc: SearchDocument, result: SearchResult) => boolean): void {
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

const regexOf = (query: Extract<ParsedQuery, { mode: 'regex' }>) => new RegExp(query.source, query.flags.includes('g') ? query.flags : `${query.flags}g`);

/** Every match of a regular expression in a text (empty matches skipped). */
function regexSpans(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  // exec on the one pattern rather than matchAll, which clones it for every text.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      // Step over an empty match (a whole code point, so the u flag's pairs stay whole).
      pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

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

function readingOrder(index: SearchIndex, docs: DocumentLookup): SearchDocument[] {
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
