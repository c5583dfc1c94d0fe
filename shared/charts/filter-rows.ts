import { filtersMessages, messageAt, messagePasses, messagesBySource, nonEmpty, sourcePasses } from '../retrieval/filters';
import type { RetrievalFilters } from '../retrieval/query';
import type { ChartRows } from './chart-rows';

/** The answer deadline when the project names none (the delays chart uses the same). */
const defaultDeadlineHours = 48;

/** True when the filters leave anything out (an empty list filters nothing, as in retrieval). */
export function chartFiltered(filters: RetrievalFilters): boolean {
  return (
    nonEmpty(filters.sourceIds) !== null ||
    nonEmpty(filters.coderIds) !== null ||
    Object.values(filters.attributes ?? {}).some((values) => values.length > 0) ||
    filtersMessages(filters)
  );
}

/**
 * The rows a filtered chart is drawn from, with the filter semantics of coded retrieval
 * (shared/retrieval/filters.ts): sources by id and attribute values; codings by coder, and by the
 * role and reply delay of the message they start in (a coding in a source without messages passes
 * no role or delay filter). Messages of sources left out, or of another role or delay, are left
 * out too, so the delays chart and the "same message" co-occurrence count only what passes.
 * Codes are kept: a code with no codings left still shows as zero. The STC rows are not
 * filtered (meaning units are not among the rows a chart reads).
 */
export function filterChartRows(rows: ChartRows, filters: RetrievalFilters): ChartRows {
  if (!chartFiltered(filters)) return rows;
  const deadline = rows.deadlineHours ?? defaultDeadlineHours;
  const sources = rows.sources.filter((s) => sourcePasses(s, filters));
  const kept = new Set(sources.map((s) => s.id));
  const coders = nonEmpty(filters.coderIds);
  const byMessage = filtersMessages(filters);
  const messages = rows.messages ?? [];
  const index = byMessage ? messagesBySource(messages) : null;
  const codings = rows.codings.filter(
    (c) =>
      kept.has(c.sourceId) &&
      (!coders || coders.has(c.coderId)) &&
      (!index || messagePasses(messageAt(index.get(c.sourceId), c), filters, deadline)),
  );
  return {
    ...rows,
    sources,
    codings,
    messages: rows.messages && messages.filter((m) => kept.has(m.sourceId) && messagePasses(m, filters, deadline)),
  };
}
