import type { Code, Coding, Id, SavedSearchFilters, Source, SpeakerRole } from '../../../shared/model';
import type { ResultLine } from '../../search/protocol';

export type SearchSort = 'source' | 'role' | 'date';

export interface SearchResultGroup {
  /** The source's id, or 'memo' / 'code' / 'condensate' for hits outside the sources. */
  key: string;
  source: Source | null;
  kind: ResultLine['kind'];
  lines: ResultLine[];
}

export interface ResultContext {
  sources: ReadonlyMap<Id, Source>;
  codes: readonly Pick<Code, 'id' | 'parentId'>[];
  codings: readonly Pick<Coding, 'sourceId' | 'codeId' | 'start' | 'end'>[];
  /** Message id → its timestamp (ISO), for sorting by date. */
  times?: ReadonlyMap<Id, string>;
}

export const noFilters = (): SavedSearchFilters => ({ roles: [], attributes: {}, code: null });

export function hasFilters(f: SavedSearchFilters): boolean {
  return f.roles.length > 0 || Object.keys(f.attributes).length > 0 || f.code !== null;
}

/** A code and every code below it: a filter on a code covers its sub-codes, as retrieval does. */
function withDescendants(codes: ResultContext['codes'], codeId: Id): Set<Id> {
  const ids = new Set([codeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) {
      if (c.parentId === null || !ids.has(c.parentId) || ids.has(c.id)) continue;
      ids.add(c.id);
      grew = true;
    }
  }
  return ids;
}

/**
 * The hits the filters keep: speaker role (hits outside a message have none), source attributes,
 * and inside or outside the codings of a code (a hit inside shares a character with one). Filters
 * about sources leave out hits in memos and codes.
 */
export function filterLines(lines: readonly ResultLine[], filters: SavedSearchFilters, context: ResultContext): ResultLine[] {
  const roles = new Set<SpeakerRole>(filters.roles);
  const attributes = Object.entries(filters.attributes).filter(([, values]) => values.length > 0);
  let coded: Map<Id, { start: number; end: number }[]> | null = null;
  if (filters.code) {
    const codeIds = withDescendants(context.codes, filters.code.codeId);
    coded = new Map();
    for (const c of context.codings) {
      if (!codeIds.has(c.codeId)) continue;
      const list = coded.get(c.sourceId);
      if (list) list.push(c);
      else coded.set(c.sourceId, [c]);
    }
  }
  return lines.filter((line) => {
    if (roles.size > 0 && (line.role === undefined || !roles.has(line.role))) return false;
    if ((attributes.length > 0 || coded) && line.sourceId === undefined) return false;
    if (attributes.length > 0) {
      const source = context.sources.get(line.sourceId!);
      if (!source) return false;
      for (const [id, values] of attributes) {
        const value = source.attributes[id];
        if (value === null || value === undefined || !values.includes(String(value))) return false;
      }
    }
    if (coded && filters.code) {
      const inside = (coded.get(line.sourceId!) ?? []).some((c) => c.start < line.end && line.start < c.end);
      if (inside !== (filters.code.where === 'inside')) return false;
    }
    return true;
  });
}

const roleOrder: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];
const messageIdOf = (docId: string) => (docId.startsWith('m:') ? docId.slice(2) : null);

/**
 * The hits grouped by source (then memos, codes and condensates), in the order asked for: by
 * source (the project's order, each source's hits in text order), by speaker role within each
 * source, or by date (sources by their date, hits by their message's time where it has one).
 */
export function groupLines(lines: readonly ResultLine[], sort: SearchSort, context: ResultContext): SearchResultGroup[] {
  const groups = new Map<string, SearchResultGroup>();
  for (const line of lines) {
    const key = line.sourceId ?? line.kind;
    let group = groups.get(key);
    if (!group) {
      group = { key, source: line.sourceId ? context.sources.get(line.sourceId) ?? null : null, kind: line.kind, lines: [] };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  // A hit's date: its message's time where it has one, else its source's.
  const timeOf = (line: ResultLine) => {
    const id = messageIdOf(line.docId);
    return (id && context.times?.get(id)) || (line.sourceId && context.sources.get(line.sourceId)?.createdAt) || '';
  };
  const byPlace = (a: ResultLine, b: ResultLine) => a.start - b.start || a.end - b.end;
  const lineOrder: Record<SearchSort, (a: ResultLine, b: ResultLine) => number> = {
    source: byPlace,
    role: (a, b) => roleOrder.indexOf(a.role ?? 'unknown') - roleOrder.indexOf(b.role ?? 'unknown') || byPlace(a, b),
    date: (a, b) => timeOf(a).localeCompare(timeOf(b)) || byPlace(a, b),
  };
  for (const group of groups.values()) group.lines.sort(lineOrder[sort]);
  const rest = ['memo', 'code', 'condensate'];
  const groupOrder = (a: SearchResultGroup, b: SearchResultGroup) => {
    if (!a.source || !b.source) return (a.source ? -1 : rest.indexOf(a.key)) - (b.source ? -1 : rest.indexOf(b.key));
    if (sort === 'date') {
      const byDate = timeOf(a.lines[0]!).localeCompare(timeOf(b.lines[0]!));
      if (byDate !== 0) return byDate;
    }
    return a.source.order - b.source.order || a.source.title.localeCompare(b.source.title, 'nb');
  };
  return [...groups.values()].sort(groupOrder);
}
