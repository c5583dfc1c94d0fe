import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Id } from '../model';
import type { SearchDocument, SearchDocumentKind } from './documents';
import { withinEdits } from './levenshtein';
import type { ParsedQuery, QueryNode } from './query';
import { documentIds, type SearchIndex } from './search-index';
import type { TermProcessor } from './terms';
import { forEachToken, tokenize } from './tokens';

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

/** The leaves that place hits: those not under a NOT. */
function positiveLeaves(node: Resolved, negated = false, out: { terms: TermLeaf[]; phrases: PhraseLeaf[] } = { terms: [], phrases: [] }) {
  if (node.type === 'term') {
    if (!negated) out.terms.push(node);
  } else if (node.type === 'phrase') {
    if (!negated) out.phrases.push(node);
  } else if (node.type === 'not') positiveLeaves(node.node, !negated, out);
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

function wordSpans(text: string, matched: Set<string>, terms: TermProcessor): Span[] {
  const spans: Span[] = [];
  if (matched.size === 0) return spans;
  forEachToken(text, (surface, start, parts) => {
    const whole = terms.queryTerm(surface);
    if (whole !== null && matched.has(whole)) {
      spans.push({ start, end: start + surface.length });
      return;
    }
    for (const part of parts()) {
      const t = terms.term(part.text);
      if (t !== null && matched.has(t)) spans.push(part);
    }
  });
  return spans;
}

function searchWords(index: SearchIndex, docs: DocumentLookup, root: Resolved, limit: number): SearchOutcome {
  const { query, exact } = toMiniSearch(root);
  const results: SearchResult[] = index.mini.search(query, processedQueryOptions);
  const leaves = positiveLeaves(root);
  const placesHits = new Map<string, boolean>();
  const isHitTerm = (t: string) => {
    let yes = placesHits.get(t);
    if (yes === undefined) placesHits.set(t, (yes = leaves.terms.some((leaf) => leafMatches(t, leaf))));
    return yes;
  };
  const hits: SearchHit[] = [];
  for (const result of results) {
    const doc = docs(String(result.id));
    if (!doc) continue;
    if (!exact) {
      let all: Set<string> | undefined;
      const docTerms = () => (all ??= new Set(tokenize(doc.text).flatMap((t) => index.terms.indexTerms(t.text))));
      if (!matchesText(root, doc.text, docTerms)) continue;
    }
    const spans = wordSpans(doc.text, new Set(result.terms.filter(isHitTerm)), index.terms);
    for (const phrase of leaves.phrases) {
      // matchAll starts where the pattern's last test() stopped.
      phrase.pattern.lastIndex = 0;
      for (const m of doc.text.matchAll(phrase.pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const span of outermost(spans)) {
      if (hits.length >= limit) return { hits, truncated: true };
      hits.push(hitOf(doc, span, result.score));
    }
  }
  return { hits, truncated: false };
}

function hitOf(doc: SearchDocument, span: Span, score: number): SearchHit {
  return {
    docId: doc.id,
    kind: doc.kind,
    ...(doc.sourceId === undefined ? {} : { sourceId: doc.sourceId }),
    ...(doc.ownerId === undefined ? {} : { ownerId: doc.ownerId }),
    start: doc.start + span.start,
    end: doc.start + span.end,
    score,
  };
}

/** Order for scanning: by source and place in it, then the other texts by id, so results read in document order. */
function inReadingOrder(a: SearchDocument, b: SearchDocument): number {
  const sa = a.sourceId ?? '\uffff';
  const sb = b.sourceId ?? '\uffff';
  return sa < sb ? -1 : sa > sb ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function searchRegex(index: SearchIndex, docs: DocumentLookup, source: string, flags: string, limit: number): SearchOutcome {
  const pattern = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const all = documentIds(index)
    .map(docs)
    .filter((d): d is SearchDocument => d !== undefined)
    .sort(inReadingOrder);
  const hits: SearchHit[] = [];
  let scanned = 0;
  for (const doc of all) {
    scanned += doc.text.length;
    if (scanned > regexScanLimit) return { hits, truncated: true };
    for (const m of doc.text.matchAll(pattern)) {
      if (m[0] === '') continue;
      if (hits.length >= limit) return { hits, truncated: true };
      hits.push(hitOf(doc, { start: m.index, end: m.index + m[0].length }, 1));
    }
  }
  return { hits, truncated: false };
}

/** Options every MiniSearch call of ours passes: queries arrive as terms already processed. */
export const processedQueryOptions = { tokenize: (s: string) => [s], processTerm: (t: string) => t };

/**
 * The MiniSearch query a words query runs (null when nothing is left to look up): what the bench
 * times on its own, to measure what runSearch adds around MiniSearch.
 */
export function miniSearchQueryOf(index: SearchIndex, query: ParsedQuery): Query | null {
  if (query.mode !== 'words') return null;
  const root = resolve(query.root, index.terms);
  return root && toMiniSearch(root).query;
}

/** Runs a parsed query: the hits, and whether a limit stopped it early. */
export function searchWithStatus(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit = defaultHitLimit): SearchOutcome {
  if (query.mode === 'regex') return searchRegex(index, docs, query.source, query.flags, limit);
  const root = resolve(query.root, index.terms);
  // Only stop words, or nothing left to look for but a NOT: nothing to place a hit on.
  if (!root || (positiveLeaves(root).terms.length === 0 && positiveLeaves(root).phrases.length === 0)) return { hits: [], truncated: false };
  return searchWords(index, docs, root, limit);
}

/** The hits of a parsed query, best document first, each document's hits in text order. */
export function runSearch(index: SearchIndex, docs: DocumentLookup, query: ParsedQuery, limit = defaultHitLimit): SearchHit[] {
  return searchWithStatus(index, docs, query, limit).hits;
}
