import { descendantIds } from '../codebook/tree';
import type { Code, Coding, Id } from '../model';
import { type Range } from '../ranges/range';
import { farthestEnd, firstAbove, reachIndex, sortedByStart } from '../ranges/reach';
import { contextAfter, contextBefore } from './context';
import { isOverDeadline, messageAt, messagePasses, messagesBySource, nonEmpty, sourcePasses } from './filters';
import type { RetrievalInput, RetrievalQuery, RetrievedSegment } from './query';

/** A passage found, with the codings that found it. */
interface Hit extends Range {
  sourceId: Id;
  codings: Coding[];
}

/** Runs a coded-retrieval query; the semantics are documented with RetrievalQuery (query.ts). */
export function runRetrieval(input: RetrievalInput, query: RetrievalQuery): RetrievedSegment[] {
  const { filters } = query;
  const sources = new Map(input.sources.filter((s) => sourcePasses(s, filters)).map((s) => [s.id, s]));
  const coders = nonEmpty(filters.coderIds);
  const codings = input.codings.filter(
    (c) => sources.has(c.sourceId) && (!coders || coders.has(c.coderId)) && c.end > c.start,
  );

  const hits = findHits(input.codes, codings, query);
  const messages = messagesBySource(input.messages);
  const merged = new Map<string, Hit>();
  for (const hit of hits) {
    const at = `${hit.sourceId}\u0000${hit.start}\u0000${hit.end}`;
    const found = merged.get(at);
    // A coding found twice is listed once below: ids, codes and coders are made unique there.
    if (found) for (const c of hit.codings) found.codings.push(c);
    else merged.set(at, { ...hit, codings: [...hit.codings] });
  }

  const segments: { order: number; segment: RetrievedSegment }[] = [];
  for (const hit of merged.values()) {
    const source = sources.get(hit.sourceId)!;
    const message = messageAt(messages.get(hit.sourceId), hit);
    if (!messagePasses(message, filters, input.deadlineHours)) continue;
    const text = input.texts.get(hit.sourceId) ?? '';
    segments.push({
      order: source.order,
      segment: {
        sourceId: hit.sourceId,
        sourceTitle: source.title,
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        before: contextBefore(text, hit.start),
        after: contextAfter(text, hit.end),
        codingIds: sortedUnique(hit.codings.map((c) => c.id)),
        codeIds: sortedUnique(hit.codings.map((c) => c.codeId)),
        coderIds: sortedUnique(hit.codings.map((c) => c.coderId)),
        message: message
          ? {
              speaker: message.speaker,
              role: message.role,
              delay: message.delay,
              overDeadline: isOverDeadline(message.delay, input.deadlineHours),
            }
          : null,
      },
    });
  }
  return segments
    .sort(
      (a, b) =>
        a.order - b.order ||
        compareIds(a.segment.sourceId, b.segment.sourceId) ||
        a.segment.start - b.segment.start ||
        a.segment.end - b.segment.end,
    )
    .map((s) => s.segment);
}

function findHits(codes: Code[], codings: Coding[], query: RetrievalQuery): Hit[] {
  const expand = (ids: Id[]): Set<Id> =>
    query.includeDescendants ? new Set(ids.flatMap((id) => [...descendantIds(codes, id)])) : new Set(ids);

  if (query.operator === 'and') {
    if (query.codes.length < 2) return [];
    const groups = query.codes.map((id) => expand([id]));
    return allCodedBy(codings, groups);
  }

  const chosenCodes = expand(query.codes);
  const chosen = codings.filter((c) => chosenCodes.has(c.codeId));
  if (query.operator === 'or') return chosen.map(hitOf);

  const otherCodes = expand(query.others);
  const others = new Map(
    [...groupBySource(codings.filter((c) => otherCodes.has(c.codeId)))].map(([id, list]) => [
      id,
      reachIndex(sortedByStart(list)),
    ]),
  );
  // Each test asks how far the other codings that start early enough reach (never the coding itself).
  const reach = (c: Coding, bound: number, inclusive: boolean): number | null => {
    const index = others.get(c.sourceId);
    return index ? farthestEnd(index, bound, inclusive, c.id) : null;
  };
  // Shares text: some other coding starts before c ends and ends after c starts.
  const overlapped = (c: Coding) => (reach(c, c.end, false) ?? -Infinity) > c.start;
  switch (query.operator) {
    case 'not':
      return chosen.filter((c) => !overlapped(c)).map(hitOf);
    case 'overlaps':
      return chosen.filter(overlapped).map(hitOf);
    case 'within':
      // Inside: some other coding starts at or before c's start and ends at or after c's end.
      return chosen.filter((c) => (reach(c, c.start, true) ?? -Infinity) >= c.end).map(hitOf);
    case 'near': {
      // At most `distance` away: some other coding starts at most `distance` after c ends and ends
      // at most `distance` before c starts.
      const distance = Math.max(0, query.nearDistance);
      return chosen
        .filter((c) => {
          const end = reach(c, c.end + distance, true);
          return end !== null && end >= c.start - distance;
        })
        .map(hitOf);
    }
  }
}

function hitOf(c: Coding): Hit {
  return { sourceId: c.sourceId, start: c.start, end: c.end, codings: [c] };
}

/** Per source: the stretches covered by every group of codes, with the codings that cover them. */
function allCodedBy(codings: Coding[], groups: Set<Id>[]): Hit[] {
  const hits: Hit[] = [];
  for (const [sourceId, inSource] of groupBySource(codings)) {
    const perGroup = groups.map((g) => inSource.filter((c) => g.has(c.codeId)));
    if (perGroup.some((list) => list.length === 0)) continue;
    let common = coverage(perGroup[0]!);
    for (const list of perGroup.slice(1)) common = intersectCoverage(common, coverage(list));
    const found = common.map((r): Hit => ({ sourceId, start: r.start, end: r.end, codings: [] }));
    // The common stretches are sorted and apart: each coding finds the first it reaches by binary
    // search and walks on while they still start before it ends.
    const ends = common.map((r) => r.end);
    for (const c of new Set(perGroup.flat())) {
      for (let i = firstAbove(ends, c.start); i < common.length && common[i]!.start < c.end; i++)
        found[i]!.codings.push(c);
    }
    for (const hit of found) hits.push(hit);
  }
  return hits;
}

/** The text a set of codings covers, as sorted, separate stretches (touching ones joined). */
function coverage(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function intersectCoverage(a: Range[], b: Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

function groupBySource<T extends { sourceId: Id }>(items: T[]): Map<Id, T[]> {
  const map = new Map<Id, T[]>();
  for (const item of items) {
    const list = map.get(item.sourceId);
    if (list) list.push(item);
    else map.set(item.sourceId, [item]);
  }
  return map;
}

function sortedUnique(ids: Id[]): Id[] {
  return [...new Set(ids)].sort(compareIds);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
