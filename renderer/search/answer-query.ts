import { keywordInContext, parseSearchQuery, regexBudgetMs, searchPage, type SearchDocument, type SearchIndex } from '../../shared/search';
import type { FromWorker, ResultLine, ToWorker } from './protocol';

/**
 * Hits placed for a query's first answer (the Search tab's first page): a screenful or two of
 * lines, so an answer costs little more than the index look-up however many texts match (their
 * number is still shown). The bench times answers of this length.
 */
export const firstPage = 100;

/**
 * The worker's answer to one query: the page of hits asked for, each as a keyword-in-context line
 * in its source's text, with how many texts match in all. The bench times this very function, so
 * its figure is what the app's first answer costs.
 */
export function answerQuery(
  index: SearchIndex,
  docs: ReadonlyMap<string, SearchDocument>,
  texts: ReadonlyMap<string, string>,
  message: Extract<ToWorker, { type: 'query' }>,
  now: () => number = () => performance.now(),
): Extract<FromWorker, { type: 'result' | 'query-error' }> {
  const parsed = parseSearchQuery(message.query, message.mode);
  if ('error' in parsed) return { type: 'query-error', id: message.id, error: parsed.error };
  const page = searchPage(index, (id) => docs.get(id), parsed, message.limit, { now, ms: regexBudgetMs });
  if ('error' in page) return { type: 'query-error', id: message.id, error: page.error };
  const lines: ResultLine[] = page.hits.map((hit) => {
    const doc = docs.get(hit.docId);
    const text = (hit.sourceId !== undefined ? texts.get(hit.sourceId) : undefined) ?? doc?.text ?? '';
    const context = keywordInContext(text, hit.start, hit.end, message.width);
    return {
      docId: hit.docId,
      kind: hit.kind,
      sourceId: hit.sourceId,
      ownerId: hit.ownerId,
      start: hit.start,
      end: hit.end,
      score: hit.score,
      role: doc?.role,
      title: doc?.title,
      ...context,
    };
  });
  return { type: 'result', id: message.id, lines, texts: page.texts, more: page.more };
}
