import { toBase64 } from './base64';

/**
 * JSON with object keys sorted (by UTF-16 code units) and no white space, so the same data always
 * gives the same text, whoever wrote or reformatted the file. Values JSON cannot hold are treated
 * as JSON.stringify treats them: dropped from objects, null in arrays.
 *
 * Strings are built with `+=` (V8 joins them as ropes without copying), which keeps a 200 MB
 * project to about one copy of its text instead of millions of small pieces in an array.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  // A file's bytes (attachments): JSON has none, so they travel as {"base64": "…"} (rows.ts reads it back).
  if (value instanceof Uint8Array) return `{"base64":${JSON.stringify(toBase64(value))}}`;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write(toJSON.call(value));
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const item = write(record[key]);
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${item}`;
    first = false;
  }
  return `${out}}`;
}
