import { describe, expect, it } from 'vitest';
import {
  hitsInDocument,
  loadSearchIndex,
  matchingDocuments,
  parseSearchQuery,
  removeDocuments,
  runSearch,
  SearchIndexStale,
  searchDocumentId,
  searchDocumentsOf,
  searchWithStatus,
  serializeIndex,
  type ParsedQuery,
} from '../../../shared/search';
import { dialogue, nb, searchable } from './fixture';

const a = dialogue('a', [
  { role: 'user', body: 'Jeg fikk vedtaket fra Nav-kontoret i går. Har du søkt om støtte?' },
  { role: 'caseworker', body: 'Vi har sendt vedtakene til <Navn på kontor> i [stedsnavn].' },
  { role: 'user', body: 'Aktivitetsplanen min er ikke oppdatert, og klagen ble avvist.' },
]);
const b = dialogue('b', [
  { role: 'user', body: 'Kontoret ringte om søknaden. Jeg søkte i mars.' },
  { role: 'caseworker', body: 'Har du lest vedtaka? Du kan klage innen tre uker.' },
]);
const rows = {
  sources: [a.source, b.source],
  messages: [...a.messages, ...b.messages],
  memos: [{ id: 'memo1', title: 'Om klager', plainText: 'Mange klager på ventetid hos Nav.' }],
  codes: [{ id: 'c1', name: 'Ventetid', definition: 'Når brukeren venter på svar fra kontoret.', inclusion: '', exclusion: '', typicalExample: '', atypicalExample: '' }],
  condensates: [{ id: 'sg1', name: 'Å vente', plainText: 'Jeg venter og venter på vedtaket.' }],
};

describe('runSearch: words', () => {
  const { found, search } = searchable(rows);

  it('finds every inflection of a word, and places each hit on the word in the source text', () => {
    expect(found('vedtak')).toEqual(expect.arrayContaining(['vedtaket', 'vedtakene', 'vedtaka', 'vedtaket']));
    const hit = search('vedtakene').find((h) => h.sourceId === 'a')!;
    expect(hit.sourceId).toBe('a');
    expect(a.source.text.slice(hit.start, hit.end)).toBe('vedtakene');
    expect(hit.kind).toBe('message');
  });

  it('finds a compound by itself and by each of its parts', () => {
    expect(found('Nav-kontoret')).toEqual(['Nav-kontoret']);
    expect(found('nav')).toContain('Nav');
    expect(found('kontoret')).toEqual(expect.arrayContaining(['kontoret', 'Kontoret']));
    // The part, not the whole compound, is what matched "kontoret".
    expect(found('kontoret')).not.toContain('Nav-kontoret');
  });

  it('finds placeholders as written', () => {
    expect(found('<Navn på kontor>')).toEqual(['<Navn på kontor>']);
    expect(found('[stedsnavn]')).toEqual(['[stedsnavn]']);
  });

  it('needs every word by default (AND), and finds either with OR / ELLER', () => {
    expect(new Set(search('vedtak klage').map((h) => h.docId))).toEqual(new Set(['m:b-m1']));
    expect(new Set(search('søknad ELLER aktivitetsplan').map((h) => h.docId))).toEqual(new Set(['m:b-m0', 'm:a-m2']));
    expect(new Set(search('søknad OR aktivitetsplan').map((h) => h.docId))).toEqual(new Set(['m:b-m0', 'm:a-m2']));
  });

  it('leaves out texts with a NOT / IKKE / -word, and lower-case "ikke" is a word, not an operator', () => {
    const docs = (q: string) => new Set(search(q).map((h) => h.docId));
    expect(docs('vedtak NOT klage')).not.toContain('m:b-m1');
    expect(docs('vedtak IKKE klage')).toEqual(docs('vedtak NOT klage'));
    expect(docs('vedtak -klage')).toEqual(docs('vedtak NOT klage'));
    expect(docs('vedtak NOT klage').size).toBeGreaterThan(0);
    expect(parseSearchQuery('ikke oppdatert', 'words')).toMatchObject({ root: { type: 'and' } });
  });

  it('groups with parentheses', () => {
    expect(new Set(search('(søknad OR klage) kontoret').map((h) => h.docId))).toEqual(new Set(['m:b-m0']));
  });

  it('matches an exact phrase in the text and gives the offsets of the whole phrase', () => {
    expect(found('"har du søkt"')).toEqual(['Har du søkt']);
    // The same words in another order or form are not the phrase.
    expect(found('"du har søkt"')).toEqual([]);
    expect(found('"har du søkte"')).toEqual([]);
    expect(found('«Har du lest»')).toEqual(['Har du lest']);
  });

  it('checks a phrase under NOT against the text too', () => {
    const docs = new Set(search('vedtak NOT "har du lest"').map((h) => h.docId));
    expect(docs).not.toContain('m:b-m1');
    expect(docs).toContain('m:a-m0');
  });

  it('finds by prefix', () => {
    expect(found('søk*')).toEqual(expect.arrayContaining(['søkt', 'søknaden', 'søkte']));
  });

  it('tolerates typos in long words, and on request with ~', () => {
    expect(found('aktivitetsplnaen')).toEqual(['Aktivitetsplanen']);
    expect(found('søknadne~')).toEqual(['søknaden']);
    // A short word is not fuzzed unless asked.
    expect(found('klagr')).toEqual([]);
  });

  it('searches memos, codes and condensates, with offsets into their own text', () => {
    const memo = search('ventetid').find((h) => h.kind === 'memo')!;
    expect(memo).toMatchObject({ ownerId: 'memo1', docId: searchDocumentId.memo('memo1') });
    expect(search('ventetid').some((h) => h.kind === 'code' && h.ownerId === 'c1')).toBe(true);
    expect(search('venter').filter((h) => h.kind === 'condensate')).toHaveLength(2);
  });

  it('finds nothing for a query of stop words only, without failing', () => {
    expect(search('og')).toEqual([]);
  });

  it('stops at the hit limit and says so', () => {
    const { index, docs } = searchable(rows);
    const parsed = parseSearchQuery('vedtak', 'words') as ParsedQuery;
    const outcome = searchWithStatus(index, (id) => docs.get(id), parsed, 2);
    expect(outcome).toMatchObject({ truncated: true });
    expect(outcome.hits).toHaveLength(2);
  });
});

describe('documents first, hits per row', () => {
  const { index, docs, search } = searchable(rows);
  const lookup = (id: string) => docs.get(id);

  it.each([['vedtak'], ['"har du søkt"'], ['vedtak NOT "har du lest"'], ['klag\\w+']])('%s: the same hits as runSearch, placed one document at a time', (q) => {
    const parsed = parseSearchQuery(q, q.includes('\\') ? 'regex' : 'words') as ParsedQuery;
    const matches = matchingDocuments(index, lookup, parsed);
    const placed = matches.flatMap((m) => hitsInDocument(index, docs.get(m.docId)!, parsed, m.score));
    const direct = runSearch(index, lookup, parsed);
    expect(placed.length).toBeGreaterThan(0);
    expect(new Set(placed.map((h) => `${h.docId}@${h.start}-${h.end}`))).toEqual(new Set(direct.map((h) => `${h.docId}@${h.start}-${h.end}`)));
  });

  it('leaves out a document whose words are there but not the phrase', () => {
    const parsed = parseSearchQuery('"du har søkt"', 'words') as ParsedQuery;
    expect(matchingDocuments(index, lookup, parsed)).toEqual([]);
    expect(search('"du har søkt"')).toEqual([]);
  });
});

describe('runSearch: regular expressions', () => {
  const { found, search } = searchable(rows);

  it('scans the texts directly, case-insensitive, with exact offsets', () => {
    expect(found('vedtak\\w*', 'regex')).toEqual(['vedtaket', 'vedtakene', 'vedtaka', 'vedtaket']);
    expect(found('tre uker', 'regex')).toEqual(['tre uker']);
    // Stop words are not dropped in a regular expression.
    expect(found('\\bikke\\b', 'regex')).toEqual(['ikke']);
  });

  it('lists hits in reading order and skips empty matches', () => {
    const hits = search('x*', 'regex');
    expect(hits).toEqual([]);
  });

  it.each([
    ['(ja', 'regex-invalid'],
    ['(a+)+$', 'regex-risky'],
    ['(\\w|\\d)*x', 'regex-risky'],
    ['(a*)*b', 'regex-risky'],
    ['(a|aa)+b', 'regex-risky'],
    ['(?:\\w+\\s?)+$', 'regex-risky'],
    ['(.*a){12}', 'regex-risky'],
    ['x'.repeat(600), 'regex-too-long'],
  ])('refuses %s with %s', (query, code) => {
    expect(parseSearchQuery(query, 'regex')).toMatchObject({ error: { code } });
  });

  it('accepts ordinary patterns with groups and quantifiers', () => {
    expect(parseSearchQuery('(vedtak|klage)(en|et)?', 'regex')).toMatchObject({ mode: 'regex' });
    expect(parseSearchQuery('\\d{2}\\.\\d{2}', 'regex')).toMatchObject({ mode: 'regex' });
    expect(parseSearchQuery('(\\d{2}\\.){2}\\d{4}', 'regex')).toMatchObject({ mode: 'regex' });
    expect(parseSearchQuery('(?<dag>\\d+) dager?', 'regex')).toMatchObject({ mode: 'regex' });
    expect(parseSearchQuery('[(a+)]+', 'regex')).toMatchObject({ mode: 'regex' });
  });

  it('stops a huge scan without running out of memory', () => {
    const big = dialogue('big', [{ role: 'user', body: 'ja '.repeat(200_000) }]);
    const { found: inBig } = searchable({ sources: [big.source], messages: big.messages, memos: [], codes: [] });
    expect(inBig('ja', 'regex')).toHaveLength(10_000);
  });
});

describe('query errors', () => {
  it.each([
    ['', 'empty-query'],
    ['   ', 'empty-query'],
    ['"har du', 'unclosed-quote'],
    ['(vedtak OR klage', 'unclosed-parenthesis'],
    ['vedtak)', 'unexpected-parenthesis'],
    ['vedtak OR', 'missing-operand'],
    ['AND vedtak', 'missing-operand'],
    ['NOT vedtak', 'only-negative'],
    ['-vedtak', 'only-negative'],
    ['s*', 'prefix-too-short'],
  ])('%j → %s', (query, code) => {
    expect(parseSearchQuery(query, 'words')).toMatchObject({ error: { code } });
  });
});

describe('incremental updates', () => {
  it('forgets a deleted source and finds a fixed typo after remove + add', () => {
    const typo = dialogue('t', [{ role: 'user', body: 'Jeg fikk et vedtk om støtte.' }]);
    const { index, docs, add, found } = searchable({ sources: [typo.source, b.source], messages: [...typo.messages, ...b.messages], memos: [], codes: [] });
    expect(found('vedtak')).toEqual(['vedtaka']);
    // The typo fix: the source's documents removed and added again from the fixed text.
    const fixed = dialogue('t', [{ role: 'user', body: 'Jeg fikk et vedtak om støtte.' }]);
    removeDocuments(index, typo.messages.map((m) => searchDocumentId.message(m.id)));
    add(searchDocumentsOf({ sources: [fixed.source], messages: fixed.messages, memos: [], codes: [] }));
    expect(found('vedtak').sort()).toEqual(['vedtak', 'vedtaka']);
    expect(found('vedtk~')).not.toContain('vedtk');
    // Deleting source b.
    removeDocuments(index, b.messages.map((m) => searchDocumentId.message(m.id)));
    for (const m of b.messages) docs.delete(searchDocumentId.message(m.id));
    expect(found('vedtak')).toEqual(['vedtak']);
    expect(found('søknaden')).toEqual([]);
  });

  it('replaces a document added again under the same id', () => {
    const { add, found } = searchable(rows);
    add(searchDocumentsOf({ sources: [], messages: [], memos: [{ id: 'memo1', title: 'Om klager', plainText: 'Nå handler notatet om tolk.' }], codes: [] }));
    expect(found('tolk')).toEqual(['tolk']);
    expect(found('ventetid').length).toBe(1); // only the code now
  });
});

describe('serialise and load', () => {
  it('gives the same results after a round trip', () => {
    const { index, docs, search } = searchable(rows);
    const restored = loadSearchIndex(serializeIndex(index), nb);
    for (const q of ['vedtak', 'nav', '"har du søkt"', 'søk*', 'aktivitetsplnaen', 'vedtak NOT klage', '<Navn på kontor>']) {
      expect(search(q, 'words', restored)).toEqual(search(q));
    }
    const parsed = parseSearchQuery('klag\\w+', 'regex') as ParsedQuery;
    expect(runSearch(restored, (id) => docs.get(id), parsed)).toEqual(search('klag\\w+', 'regex'));
  });

  it('keeps removals and replacements through a round trip', () => {
    const { index, docs, add, search } = searchable(rows);
    removeDocuments(index, b.messages.map((m) => searchDocumentId.message(m.id)));
    for (const m of b.messages) docs.delete(searchDocumentId.message(m.id));
    add(searchDocumentsOf({ sources: [], messages: [], memos: [{ id: 'memo1', title: 'Om klager', plainText: 'Nå handler notatet om tolk.' }], codes: [] }));
    const restored = loadSearchIndex(serializeIndex(index), nb);
    for (const q of ['vedtak', 'søknaden', 'tolk', 'ventetid', 'klage']) expect(search(q, 'words', restored)).toEqual(search(q));
    expect(search('søknaden', 'words', restored)).toEqual([]);
    expect(search('tolk', 'words', restored)).toHaveLength(1);
  });

  it('refuses an index made with other options or another version, so it is rebuilt', () => {
    const { index } = searchable(rows);
    const json = serializeIndex(index);
    expect(() => loadSearchIndex(json, { ...nb, language: 'en' })).toThrow(SearchIndexStale);
    expect(() => loadSearchIndex(json.replace('"version":1', '"version":0'), nb)).toThrow(SearchIndexStale);
    expect(() => loadSearchIndex('not an index', nb)).toThrow(SearchIndexStale);
  });
});

describe('languages and options', () => {
  it('nynorsk: inflections and nynorsk stop words', () => {
    const nn = dialogue('nn', [{ role: 'user', body: 'Eg har ikkje fått vedtaka enno, og jentene ventar på svaret.' }]);
    const { found } = searchable({ sources: [nn.source], messages: nn.messages, memos: [], codes: [] }, { language: 'nn', stopWords: true, foldAa: false });
    expect(found('vedtaket')).toEqual(['vedtaka']);
    expect(found('jenta')).toEqual(['jentene']);
    expect(found('ikkje')).toEqual([]);
    expect(found('"ikkje fått"')).toEqual(['ikkje fått']);
  });

  it('English: inflections and English stop words', () => {
    const en = dialogue('en', [{ role: 'user', body: 'The decisions about my complaint were not explained.' }]);
    const { found } = searchable({ sources: [en.source], messages: en.messages, memos: [], codes: [] }, { language: 'en', stopWords: true, foldAa: false });
    expect(found('decision')).toEqual(['decisions']);
    expect(found('complaints')).toEqual(['complaint']);
    expect(found('the')).toEqual([]);
  });

  it('finds stop words when they are switched off', () => {
    const t = dialogue('x', [{ role: 'user', body: 'Jeg forstår ikke brevet.' }]);
    const rowsX = { sources: [t.source], messages: t.messages, memos: [], codes: [] };
    expect(searchable(rowsX).found('ikke')).toEqual([]);
    expect(searchable(rowsX, { ...nb, stopWords: false }).found('ikke')).toEqual(['ikke']);
  });

  it('folds aa and å on request, both ways', () => {
    const t = dialogue('x', [{ role: 'user', body: 'Jeg bor i Aasen, nær Åsane.' }]);
    const rowsX = { sources: [t.source], messages: t.messages, memos: [], codes: [] };
    expect(searchable(rowsX).found('Åsen')).toEqual([]);
    const folding = searchable(rowsX, { ...nb, foldAa: true });
    expect(folding.found('Åsen')).toEqual(['Aasen']);
    expect(folding.found('Aasane')).toEqual(['Åsane']);
  });

  it('the messages of an interview are turns', () => {
    const t = dialogue('i', [{ role: 'user', body: 'Vedtaket kom sent.' }]);
    const { search } = searchable({ sources: [{ ...t.source, kind: 'interview' }], messages: t.messages, memos: [], codes: [] });
    expect(search('vedtak')[0]).toMatchObject({ kind: 'turn', docId: 'm:i-m0' });
  });

  it('a source without messages is searched whole, with offsets into its text', () => {
    const text = 'Notat fra feltarbeid.\nVeilederen nevnte vedtaket to ganger.';
    const { search } = searchable({ sources: [{ id: 'n', title: 'Feltnotat', text, kind: 'text' }], messages: [], memos: [], codes: [] });
    const [hit] = search('vedtak');
    expect(hit).toMatchObject({ kind: 'source', sourceId: 'n' });
    expect(text.slice(hit!.start, hit!.end)).toBe('vedtaket');
  });
});
