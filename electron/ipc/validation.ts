import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/**
 * One clear English sentence for a rejected request, e.g.
 * `Invalid request to kodebok:save-file: suggestedName must be a file name, not a path`.
 * Describes what was received by its type, so user content never ends up in an error message.
 */
export function describeInvalidRequest(channel: string, error: z.ZodError, payload: unknown): string {
  const [first, ...rest] = error.issues;
  const sentence = first ? describeIssue(first, payload) : 'the request is not valid';
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
  return `Invalid request to ${channel}: ${sentence}${more}`;
}

export function describeIssue(issue: Issue, payload: unknown): string {
  const where = issue.path.length === 0 ? 'the request' : formatPath(issue.path);
  const received = valueAt(payload, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'undefined') return `this request takes no arguments, but got ${describeValue(received)}`;
      if (received === undefined && issue.path.length > 0)
        return `${where} is missing (expected ${withArticle(issue.expected)})`;
      return `${where} must be ${withArticle(issue.expected)}, not ${describeValue(received)}`;
    case 'invalid_union': {
      const expected = [
        ...new Set(
          issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : [])),
        ),
      ];
      return expected.length > 0
        ? `${where} must be ${expected.map(withArticle).join(' or ')}, not ${describeValue(received)}`
        : `${where} does not match any accepted form`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys
        .slice(0, 5)
        .map((k) => JSON.stringify(k))
        .join(', ');
      const extra = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `${where} has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${keys}${extra}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      // Short strings are echoed (a wrong language code helps the reader); anything else by type only.
      const got =
        typeof received === 'string' && received.length <= 20 ? JSON.stringify(received) : describeValue(received);
      return `${where} must be ${issue.values.length === 1 ? '' : 'one of '}${allowed}, not ${got}`;
    }
    case 'too_small':
      return `${where} ${sizeRule(issue.origin, 'at least', Number(issue.minimum))}`;
    case 'too_big':
      return `${where} ${sizeRule(issue.origin, 'at most', Number(issue.maximum))}`;
    case 'invalid_format':
      return `${where} is not in the accepted format${issue.format === 'regex' && 'pattern' in issue ? ` ${String(issue.pattern)}` : ''}`;
    case 'custom':
      // The contract phrases refinements as what the value must be: 'a file name, not a path'.
      return `${where} must be ${issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function sizeRule(origin: string, bound: 'at least' | 'at most', limit: number): string {
  if (origin === 'string') {
    if (bound === 'at least' && limit === 1) return 'must not be empty';
    return `must be ${bound} ${limit} ${limit === 1 ? 'character' : 'characters'} long`;
  }
  if (origin === 'array' || origin === 'set') {
    if (bound === 'at least' && limit === 1) return 'must not be empty';
    return `must have ${bound} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  }
  return `must be ${bound} ${limit}`;
}

export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(payload: unknown, path: readonly PathKey[]): unknown {
  let value = payload;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'bytes';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return withArticle(typeof value);
}

function withArticle(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'a boolean',
    object: 'an object',
    array: 'a list',
    Uint8Array: 'bytes (Uint8Array)',
    undefined: 'nothing',
  };
  return names[type] ?? (/^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`);
}
