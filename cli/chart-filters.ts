import type { ChartRows } from '../shared/charts';
import type { SpeakerRole } from '../shared/model';
import type { RetrievalFilters } from '../shared/retrieval/query';

export const speakerRoles: readonly SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** What `--role`, `--coder` and `--attribute NAME=VALUE` ask for, as given. */
export interface ChartFilterArgs {
  role?: string[];
  coder?: string[];
  attribute?: string[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
const listed = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');

/**
 * The retrieval filters the arguments name, resolved against the project's coders and attributes
 * (by name, case-insensitive, or by id), or one line saying what is unknown and what there is.
 * `usage` marks a malformed argument (exit 2) rather than an unknown name (exit 1).
 */
export function resolveChartFilters(
  args: ChartFilterArgs,
  rows: ChartRows,
  where: string,
): { ok: true; filters: RetrievalFilters } | { ok: false; usage: boolean; message: string } {
  const filters: RetrievalFilters = {};
  for (const role of args.role ?? []) {
    const found = speakerRoles.find((r) => same(r, role));
    if (!found) return { ok: false, usage: false, message: `chart: unknown role "${role}"; the roles are: ${speakerRoles.join(', ')}.` };
    (filters.roles ??= []).push(found);
  }
  const coders = rows.coders ?? [];
  for (const coder of args.coder ?? []) {
    const found = coders.find((c) => c.id === coder || same(c.name, coder));
    if (!found) return { ok: false, usage: false, message: `${where}: no coder "${coder}"; the coders are: ${listed(coders.map((c) => c.name))}.` };
    (filters.coderIds ??= []).push(found.id);
  }
  const attributes = rows.attributes ?? [];
  for (const pair of args.attribute ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) return { ok: false, usage: true, message: `chart: --attribute takes NAME=VALUE, not "${pair}".` };
    const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
    const found = attributes.find((a) => a.id === name || same(a.name, name));
    if (!found) return { ok: false, usage: false, message: `${where}: no attribute "${name}"; the attributes are: ${listed(attributes.map((a) => a.name))}.` };
    ((filters.attributes ??= {})[found.id] ??= []).push(value);
  }
  return { ok: true, filters };
}
