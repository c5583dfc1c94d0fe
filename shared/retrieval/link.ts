import type { Id, SpeakerRole } from '../model';
import { emptyRetrievalQuery, retrievalOperators, type RetrievalFilters, type RetrievalQuery } from './query';

/**
 * A coded-retrieval query as a link into Analysis ▸ segments, so a chart mark can open the passages
 * behind it: `#/analysis/segments?codes=<id>&sources=<id>`, with `op`, `others`, `descendants=0`
 * (each code for itself only), `roles`, `coders` and `attr.<attribute id>` when they differ from
 * the defaults. Lists are comma-separated and each id URI-encoded, so ids holding commas survive.
 * The route path is the app's (`#/analysis` shows the segments; parseRoute drops the `?…`).
 */
export const segmentsPath = '#/analysis/segments';

const speakerRoles: readonly SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

const list = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');
const parseList = (value: string | undefined): string[] =>
  value ? value.split(',').filter(Boolean).map((part) => safeDecode(part)) : [];

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The link that opens the query in Analysis ▸ segments. */
export function retrievalHref(query: Partial<RetrievalQuery> & { codes: Id[] }): string {
  const parts: string[] = [`codes=${list(query.codes)}`];
  const filters: RetrievalFilters = query.filters ?? {};
  if (filters.sourceIds?.length) parts.push(`sources=${list(filters.sourceIds)}`);
  if (query.operator && query.operator !== 'or') parts.push(`op=${query.operator}`);
  if (query.others?.length) parts.push(`others=${list(query.others)}`);
  if (query.includeDescendants === false) parts.push('descendants=0');
  if (filters.roles?.length) parts.push(`roles=${list(filters.roles)}`);
  if (filters.coderIds?.length) parts.push(`coders=${list(filters.coderIds)}`);
  for (const [attributeId, values] of Object.entries(filters.attributes ?? {}))
    if (values.length > 0) parts.push(`attr.${encodeURIComponent(attributeId)}=${list(values)}`);
  return `${segmentsPath}?${parts.join('&')}`;
}

/** The link with the filters added (a filtered chart's marks open the passages that passed its filters). */
export function withLinkFilters(href: string, filters: RetrievalFilters): string {
  const query = retrievalQueryFromHash(href);
  if (!query) return href;
  const merged: RetrievalFilters = { ...query.filters };
  if (filters.roles?.length) merged.roles = filters.roles;
  if (filters.coderIds?.length) merged.coderIds = filters.coderIds;
  const attributes = Object.entries(filters.attributes ?? {}).filter(([, values]) => values.length > 0);
  if (attributes.length > 0) merged.attributes = { ...merged.attributes, ...Object.fromEntries(attributes) };
  return retrievalHref({ ...query, filters: merged });
}

/**
 * The query a segments link asks for, or null when the hash carries none (no `codes`). Unknown
 * operators and roles are ignored rather than refused: a stale link still opens something sensible.
 */
export function retrievalQueryFromHash(hash: string): RetrievalQuery | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const params = new Map<string, string>();
  for (const pair of hash.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) params.set(safeDecode(pair.slice(0, eq)), pair.slice(eq + 1));
  }
  const codes = parseList(params.get('codes'));
  if (codes.length === 0) return null;
  const query = emptyRetrievalQuery();
  query.codes = codes;
  const op = params.get('op');
  const operator = retrievalOperators.find((o) => o === op);
  if (operator) query.operator = operator;
  query.others = parseList(params.get('others'));
  if (params.get('descendants') === '0') query.includeDescendants = false;
  const filters: RetrievalFilters = {};
  const sources = parseList(params.get('sources'));
  if (sources.length) filters.sourceIds = sources;
  const roles = parseList(params.get('roles')).filter((r): r is SpeakerRole => (speakerRoles as readonly string[]).includes(r));
  if (roles.length) filters.roles = roles;
  const coders = parseList(params.get('coders'));
  if (coders.length) filters.coderIds = coders;
  for (const [key, value] of params) {
    if (!key.startsWith('attr.')) continue;
    const values = parseList(value);
    if (values.length) (filters.attributes ??= {})[key.slice('attr.'.length)] = values;
  }
  query.filters = filters;
  return query;
}
