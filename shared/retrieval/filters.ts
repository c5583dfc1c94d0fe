import type { AttributeValue, Id, ReplyDelay, SpeakerRole } from '../model';
import type { Range } from '../ranges/range';
import { countStartingBefore, firstAbove } from '../ranges/reach';
import type { RetrievalFilters } from './query';

/**
 * The filter tests of coded retrieval (semantics documented with RetrievalQuery, query.ts), on the
 * few fields they read, so the charts filter their rows exactly as Analysis ▸ segments does.
 */

/** What a source filter reads. Sources without attributes pass no attribute filter. */
export interface FilterableSource {
  id: Id;
  attributes?: Record<Id, AttributeValue>;
}

/** What a role or delay filter reads; a message without a role passes no role filter. */
export interface FilterableMessage extends Range {
  sourceId: Id;
  order?: number;
  role?: SpeakerRole;
  delay?: ReplyDelay | null;
}

/** A source's messages sorted by start, with how far the messages up to each position reach. */
export interface MessageIndex<M extends FilterableMessage> {
  sorted: M[];
  reach: number[];
}

/** A list as a set, or null when it filters nothing (left out or empty). */
export function nonEmpty<T>(list: T[] | undefined): Set<T> | null {
  return list && list.length > 0 ? new Set(list) : null;
}

export function sourcePasses(source: FilterableSource, filters: RetrievalFilters): boolean {
  const ids = nonEmpty(filters.sourceIds);
  if (ids && !ids.has(source.id)) return false;
  for (const [attributeId, accepted] of Object.entries(filters.attributes ?? {})) {
    if (accepted.length === 0) continue;
    const value = source.attributes?.[attributeId];
    if (value === undefined || value === null || !accepted.includes(String(value))) return false;
  }
  return true;
}

export function messagesBySource<M extends FilterableMessage>(messages: M[]): Map<Id, MessageIndex<M>> {
  const lists = new Map<Id, M[]>();
  for (const m of messages) {
    const list = lists.get(m.sourceId);
    if (list) list.push(m);
    else lists.set(m.sourceId, [m]);
  }
  const map = new Map<Id, MessageIndex<M>>();
  for (const [sourceId, list] of lists) {
    const sorted = list.sort((a, b) => a.start - b.start || (a.order ?? 0) - (b.order ?? 0));
    const reach: number[] = [];
    let farthest = -Infinity;
    for (const m of sorted) reach.push((farthest = Math.max(farthest, m.end)));
    map.set(sourceId, { sorted, reach });
  }
  return map;
}

/**
 * The message a passage starts in, or else the first message it reaches (the first in reading
 * order either way), by binary search over the messages sorted by start.
 */
export function messageAt<M extends FilterableMessage>(messages: MessageIndex<M> | undefined, r: Range): M | null {
  if (!messages) return null;
  const { sorted } = messages;
  // The first message ending after the passage's start; it holds the start if it begins at or before it.
  const holding = firstAbove(messages.reach, r.start);
  if (holding < countStartingBefore(sorted, r.start, true)) return sorted[holding]!;
  const reached = countStartingBefore(sorted, r.start, false);
  return reached < sorted.length && sorted[reached]!.start < r.end ? sorted[reached]! : null;
}

/** Surely longer than the deadline: even the shortest reading of the phrase is over it. */
export function isOverDeadline(delay: ReplyDelay | null | undefined, deadlineHours: number): boolean {
  return delay != null && delay.minHours !== null && delay.minHours > deadlineHours;
}

/** True when the filters look at the message a passage starts in (a role or a delay is chosen). */
export function filtersMessages(filters: RetrievalFilters): boolean {
  const delay = filters.delay ?? {};
  return (
    nonEmpty(filters.roles) !== null ||
    delay.minHours !== undefined ||
    delay.maxHours !== undefined ||
    delay.overDeadline !== undefined
  );
}

export function messagePasses(
  message: Pick<FilterableMessage, 'role' | 'delay'> | null,
  filters: RetrievalFilters,
  deadlineHours: number,
): boolean {
  if (!filtersMessages(filters)) return true;
  if (!message) return false;
  const roles = nonEmpty(filters.roles);
  if (roles && (message.role === undefined || !roles.has(message.role))) return false;
  const delay = filters.delay ?? {};
  const d = message.delay;
  if (delay.minHours !== undefined && !(d?.minHours != null && d.minHours >= delay.minHours)) return false;
  if (delay.maxHours !== undefined && !(d?.maxHours != null && d.maxHours <= delay.maxHours)) return false;
  if (delay.overDeadline === true && !isOverDeadline(d, deadlineHours)) return false;
  if (delay.overDeadline === false && !(d?.maxHours != null && d.maxHours <= deadlineHours)) return false;
  return true;
}
