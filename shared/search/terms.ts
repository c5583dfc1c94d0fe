import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import type { SearchLanguage, SearchOptions } from './options';
import { stopWordsOf } from './stop-words';

/*
 * From a token as written to the terms the index holds. Lower-cased, Unicode-composed (an "å"
 * typed as a + ring is the same letter), "aa" read as "å" when asked, and stemmed with Snowball's
 * stemmer for the language, so vedtak / vedtaket / vedtakene / vedtaka are one term. A placeholder
 * is only lower-cased: it is found as written.
 */

const stemmers: Record<SearchLanguage, (word: string) => string> = {
  nb: norwegianStemmer,
  nn: norwegianStemmer,
  en: englishStemmer,
};

const isPlaceholder = (token: string) => token.startsWith('<') || token.startsWith('[');
const runPattern = /[\p{L}\p{N}\p{M}]+/gu;
const hasLetter = /\p{L}/u;

/** Turns tokens into terms under one set of options; caches per token (a corpus repeats its words). */
export interface TermProcessor {
  options: SearchOptions;
  /** Lower-cased, composed and folded: how a phrase and a prefix compare words. */
  normalise(word: string): string;
  /** The term a single word stands for, or null for a stop word. */
  term(word: string): string | null;
  /** The terms indexed for a token: the whole token and, for a compound or placeholder, its parts. */
  indexTerms(token: string): string[];
  /** The one term a query word looks up (the whole compound, not its parts), or null for a stop word. */
  queryTerm(token: string): string | null;
}

// A cache per processor that is cleared when it grows past this many tokens (a rare, huge vocabulary).
const cacheLimit = 200_000;

export function termProcessor(options: SearchOptions): TermProcessor {
  const stem = stemmers[options.language];
  const stopWords = options.stopWords ? stopWordsOf(options.language) : new Set<string>();
  const indexCache = new Map<string, string[]>();
  const queryCache = new Map<string, string | null>();

  const normalise = (word: string) => {
    const lower = word.normalize('NFC').toLowerCase().replace(/’/g, "'");
    return options.foldAa ? lower.replace(/aa/g, 'å') : lower;
  };
  const stemmed = (normalised: string) => (hasLetter.test(normalised) ? stem(normalised) : normalised);
  const termCache = new Map<string, string | null>();
  const term = (word: string): string | null => {
    let cached = termCache.get(word);
    if (cached !== undefined) return cached;
    const normalised = normalise(word);
    // Stop words are listed unfolded ("også"): check the word before folding too.
    cached = stopWords.has(normalised) || stopWords.has(word.toLowerCase()) ? null : stemmed(normalised);
    if (termCache.size >= cacheLimit) termCache.clear();
    termCache.set(word, cached);
    return cached;
  };
  const queryTerm = (token: string): string | null => {
    let cached = queryCache.get(token);
    if (cached !== undefined) return cached;
    cached = isPlaceholder(token) ? normalise(token) : term(token);
    if (queryCache.size >= cacheLimit) queryCache.clear();
    queryCache.set(token, cached);
    return cached;
  };
  const indexTerms = (token: string): string[] => {
    let cached = indexCache.get(token);
    if (cached) return cached;
    const whole = queryTerm(token);
    const parts = token.match(runPattern) ?? [];
    const terms = whole === null ? [] : [whole];
    if (parts.length > 1 || isPlaceholder(token)) {
      for (const part of parts) {
        const t = term(part);
        if (t !== null && !terms.includes(t)) terms.push(t);
      }
    }
    cached = terms;
    if (indexCache.size >= cacheLimit) indexCache.clear();
    indexCache.set(token, cached);
    return cached;
  };
  return { options, normalise, term, indexTerms, queryTerm };
}
