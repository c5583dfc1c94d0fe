import { describe, expect, it } from 'vitest';
import { hitsInDocument, matchingDocuments, parseSearchQuery, runSearch, searchPage, type ParsedQuery, type SearchOptions } from '../../../shared/search';
import { syntheticMessages } from '../../bench/page/synthetic-corpus';
import { nb, searchable } from './fixture';

/*
 * runSearch finds a text's hits by looking up the terms MiniSearch matched in the lower-cased text
 * (fast); hitsInDocument reads every token (plain). Both must place exactly the same hits.
 */
function rowsOf(count: number) {
  const messages = syntheticMessages(count, count * 200, 7);
  let text = '';
  const rows = messages.map((m, i) => {
    const start = text.length;
    text += `${m.text}\n`;
    return { id: `m${i}`, sourceId: 's', start, end: start + m.text.length, role: 'user' as const };
  });
  // Decomposed å and a typographic apostrophe, which the fast path must hand over to the plain one.
  const extra = 'Ola’s søknad om sta\u030atte til Nav-kontoret, og Aasen.';
  rows.push({ id: 'extra', sourceId: 's', start: text.length, end: text.length + extra.length, role: 'user' });
  text += extra;
  return { sources: [{ id: 's', title: 'Tråder', text }], messages: rows, memos: [], codes: [] };
}

const queries = [
  'vedtaket', 'søknad', 'klagen', 'utbetalingen', 'nav', 'kontoret', 'navkontoret', 'Nav-kontoret', 'søk*', 'bolig*',
  'aktivitetsplnaen', 'sykmeldnig~', '<Navn på kontor>', '[stedsnavn]', 'navn', 'vedtak OR klage', 'vedtak -klage',
  '"venter på vedtaket"', 'vedtak "har sendt"', 'stå*', "Ola's", 'Ola’s', 'åsen',
];

describe.each<[string, SearchOptions]>([
  ['bokmål', nb],
  ['aa folded', { ...nb, foldAa: true }],
  ['English', { language: 'en', stopWords: true, foldAa: false }],
])('placing hits (%s)', (_name, options) => {
  const { index, docs } = searchable(rowsOf(800), options);
  const lookup = (id: string) => docs.get(id);

  it.each(queries)('%s: the fast path places the same hits as reading every token', (q) => {
    const parsed = parseSearchQuery(q, 'words') as ParsedQuery;
    const key = (h: { docId: string; start: number; end: number }) => `${h.docId}@${h.start}-${h.end}`;
    const fast = runSearch(index, lookup, parsed, 1_000_000).map(key);
    const plain = matchingDocuments(index, lookup, parsed).flatMap((m) => hitsInDocument(index, docs.get(m.docId)!, parsed).map(key));
    expect(fast.sort()).toEqual(plain.sort());
    // Every query finds something here (Åsen only when aa is read as å), so equal means equal hits.
    if (q !== 'åsen' || options.foldAa) expect(plain.length).toBeGreaterThan(0);
  });
});

/*
 * The app asks for a page of hits (searchPage) and more when the user wants them: every page must
 * hold exactly the first hits of the whole answer, in the same order, and say how many texts match.
 */
describe('a page of hits', () => {
  const { index, docs } = searchable(rowsOf(800), nb);
  const lookup = (id: string) => docs.get(id);
  const key = (h: { docId: string; start: number; end: number }) => `${h.docId}@${h.start}-${h.end}`;

  it.each(queries)('%s: each page is the start of the whole answer, and the count of texts is the whole count', (q) => {
    const parsed = parseSearchQuery(q, 'words') as ParsedQuery;
    const whole = runSearch(index, lookup, parsed, 1_000_000).map(key);
    const texts = matchingDocuments(index, lookup, parsed).length;
    for (const limit of [1, 7, 100, 1_000_000]) {
      const page = searchPage(index, lookup, parsed, limit);
      if ('error' in page) throw new Error(page.error.code);
      expect(page.hits.map(key)).toEqual(whole.slice(0, limit));
      expect(page.texts).toBe(texts);
      expect(page.more).toBe(whole.length > limit);
    }
  });

  it('a regular expression pages the same way, in reading order', () => {
    const parsed = parseSearchQuery('vedtak\\w*', 'regex') as ParsedQuery;
    const whole = runSearch(index, lookup, parsed, 1_000_000).map(key);
    expect(whole.length).toBeGreaterThan(10);
    const page = searchPage(index, lookup, parsed, 10);
    if ('error' in page) throw new Error(page.error.code);
    expect(page.hits.map(key)).toEqual(whole.slice(0, 10));
    expect(page.texts).toBe(matchingDocuments(index, lookup, parsed).length);
    expect(page.more).toBe(true);
  });

  it('a regular expression that runs past its time budget is stopped with regex-too-slow', () => {
    const parsed = parseSearchQuery('vedtak\\w*', 'regex') as ParsedQuery;
    // A clock that moves a second every time it is read: the budget runs out after three texts.
    let clock = 0;
    const slow = searchPage(index, lookup, parsed, 100, { now: () => (clock += 1000), ms: 3000 });
    expect(slow).toEqual({ error: { code: 'regex-too-slow', params: { seconds: 3 } } });
    // A clock that stands still never runs out: the answer is the whole answer.
    const still = searchPage(index, lookup, parsed, 100, { now: () => 0, ms: 3000 });
    expect('hits' in still && still.hits.map(key)).toEqual(runSearch(index, lookup, parsed, 100).map(key));
  });
});
