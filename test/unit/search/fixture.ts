import {
  addDocuments,
  createSearchIndex,
  parseSearchQuery,
  runSearch,
  searchDocumentsOf,
  type ParsedQuery,
  type SearchDocument,
  type SearchIndex,
  type SearchOptions,
  type SearchRows,
} from '../../../shared/search';

/** Synthetic dialogue (invented people), offsets computed from the text so they cannot drift. */
export function dialogue(id: string, lines: { role: 'user' | 'caseworker'; body: string }[]) {
  let text = '';
  const messages: SearchRows['messages'] = [];
  lines.forEach((line, i) => {
    const label = line.role === 'user' ? 'Bruker: ' : 'Veileder: ';
    text += label;
    const start = text.length;
    text += line.body;
    messages.push({ id: `${id}-m${i}`, sourceId: id, start, end: text.length, role: line.role });
    text += '\n';
  });
  return { source: { id, title: `Tråd ${id}`, text, kind: 'dialogue' as const }, messages };
}

export const nb: SearchOptions = { language: 'nb', stopWords: true, foldAa: false };

/** An index over rows, with the lookup runSearch needs, and a helper that returns hit texts. */
export function searchable(rows: SearchRows, options: SearchOptions = nb) {
  const index: SearchIndex = createSearchIndex(options);
  const docs = new Map<string, SearchDocument>();
  const add = (list: SearchDocument[]) => {
    for (const d of list) docs.set(d.id, d);
    addDocuments(index, list);
  };
  add(searchDocumentsOf(rows));
  const search = (query: string, mode: 'words' | 'regex' = 'words', on: SearchIndex = index) => {
    const parsed = parseSearchQuery(query, mode);
    if ('error' in parsed) throw new Error(`query error ${parsed.error.code}`);
    return runSearch(on, (id) => docs.get(id), parsed as ParsedQuery);
  };
  /** The hit texts as found in their document (whose text sits at doc.start in the source). */
  const found = (query: string, mode: 'words' | 'regex' = 'words', on: SearchIndex = index) =>
    search(query, mode, on).map((h) => {
      const doc = docs.get(h.docId)!;
      return doc.text.slice(h.start - doc.start, h.end - doc.start);
    });
  return { index, docs, add, search, found };
}

export const emptyRows: SearchRows = { sources: [], messages: [], memos: [], codes: [] };
