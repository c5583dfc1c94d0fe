import MiniSearch, { type Query } from 'minisearch';
import { withinEdits } from './levenshtein';
import type { ParsedQuery, QueryNode } from './query';
import type { SearchIndex } from './search-index';
import type { TermProcessor } from './terms';

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
export function matchesText(node: Resolved, text: string, docTerms: () => Set<string>): boolean {
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

/**
 * A words query made ready for one index: resolved to its terms, the MiniSearch query, and
 * which terms place hits (those a positive word matches: exactly, by prefix or within its edits).
 */
export interface Prepared {
  root: Resolved;
  mini: Query;
  exact: boolean;
  phrases: PhraseLeaf[];
  placesHit: (term: string) => boolean;
}

export function prepare(index: SearchIndex, query: Extract<ParsedQuery, { mode: 'words' }>): Prepared | null {
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
