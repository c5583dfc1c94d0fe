import { describe, expect, it } from 'vitest';
import { hitsInDocument, matchingDocuments, parseSearchQuery, runSearch, type ParsedQuery, type SearchOptions } from '../../../shared/search';
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
