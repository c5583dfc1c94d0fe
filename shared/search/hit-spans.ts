import type { Prepared } from './prepared-query';
import type { TermProcessor } from './terms';
import { forEachToken, visitTokenAt, type TokenPart } from './tokens';

/*
 * Where a query's hits are in one text: the tokens whose term (or a part's term) the query's
 * words match, the places its phrases are found, or a regular expression's matches.
 */

export interface Span {
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
export function spansIn(text: string, prepared: Prepared, terms: TermProcessor, needles?: readonly string[]): Span[] {
  let spans = needles ? spansNear(text, needles, prepared, terms) : null;
  if (!spans) {
    spans = [];
    forEachToken(text, tokenSpans(terms, prepared, spans));
  }
  for (const phrase of prepared.phrases) spans.push(...regexSpans(text, phrase.pattern));
  return outermost(spans);
}

/** Every match of a regular expression in a text (empty matches skipped). */
export function regexSpans(text: string, pattern: RegExp): Span[] {
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
