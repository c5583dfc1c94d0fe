import { turnAt } from '../ranges/turn-at';
import type { ReportRows, ReportSource } from './rows';

/**
 * A verbatim quotation as a report prints it: the source's current text from `start` to `end`
 * (UTF-16 units, end exclusive), with the source's title and the speaker of the turn it starts in,
 * so the trail back to the passage survives outside the app.
 */
export interface ReportQuote {
  text: string;
  /** The source's title. */
  source: string;
  sourceId: string;
  start: number;
  end: number;
  /** The speaker label (pseudonym) of the message covering the quote's start; null outside any message. */
  speaker: string | null;
}

/** Looks up quotes' sources and speakers; built once per report. */
export function quoteFinder(rows: Pick<ReportRows, 'sources' | 'messages'>) {
  const sources = new Map<string, ReportSource>(rows.sources.map((s) => [s.id, s]));
  const messages = new Map<string, ReportRows['messages']>();
  for (const m of rows.messages) {
    const list = messages.get(m.sourceId);
    if (list) list.push(m);
    else messages.set(m.sourceId, [m]);
  }
  for (const list of messages.values()) list.sort((a, b) => a.start - b.start);
  /** Null when the source is not in the project: a quote without its text would break the trail. */
  return (span: { sourceId: string; start: number; end: number }): ReportQuote | null => {
    const source = sources.get(span.sourceId);
    if (!source) return null;
    const covering = turnAt(messages.get(span.sourceId), span.start);
    return {
      text: source.text.slice(span.start, span.end),
      source: source.title,
      sourceId: source.id,
      start: span.start,
      end: span.end,
      speaker: covering ? covering.speaker : null,
    };
  };
}

/** Rows in their `order`, ties by id, so the report is the same on every run. */
export function inOrder<T extends { order: number; id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
