/**
 * REFI-QDA identifies everything by GUID; Kodebok by ULID (or, in the demo and the CLI, any string
 * id). An export must give a row the same GUID every time, so a later import, merge or second
 * export matches it: a row that came from REFI keeps the GUID it came with (`refiGuid`), any other
 * row gets one derived from its id alone.
 *
 * The derived GUID is a 128-bit FNV-1a hash of the id (its UTF-16 code units), shaped as an RFC 9562 version-8
 * UUID (version nibble 8, variant bits 10): deterministic, pure, synchronous (no WebCrypto), and
 * the same in the app, the CLI and the tests. One row can stand for more than one REFI element (a
 * coding is a PlainTextSelection and a Coding); `part` keeps their GUIDs apart.
 */

const fnvPrime = (1n << 88n) + 0x13bn;
const fnvOffset = 0x6c62272e07bb014262b821756295c58dn;
const mask128 = (1n << 128n) - 1n;

const guidShape = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

/** True for a GUID the REFI schema accepts (with or without braces). */
export function isRefiGuid(value: unknown): value is string {
  return typeof value === 'string' && guidShape.test(value);
}

/** FNV-1a over the id's UTF-16 code units, low byte first (exact for any string, lone surrogates too). */
function fnv1a128(text: string): bigint {
  let hash = fnvOffset;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    for (const byte of [unit & 0xff, unit >> 8]) {
      hash ^= BigInt(byte);
      hash = (hash * fnvPrime) & mask128;
    }
  }
  return hash;
}

/** The GUID derived from an id (and, for a second element of the same row, a part name). */
export function guidFromId(id: string, part = ''): string {
  let bits = fnv1a128(part === '' ? id : `${part}\u0000${id}`);
  // Version 8 (custom), variant 10xx: a well-formed UUID that says it is not random or time-based.
  bits = (bits & ~(0xfn << 76n)) | (0x8n << 76n);
  bits = (bits & ~(0x3n << 62n)) | (0x2n << 62n);
  const hex = bits.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The GUID a row is exported under: its stored `refiGuid` as it came (when the schema accepts it),
 * otherwise one derived from its id.
 */
export function refiGuidOf(row: { id?: unknown; refiGuid?: unknown }, part = ''): string {
  if (part === '' && isRefiGuid(row.refiGuid)) return row.refiGuid;
  return guidFromId(String(row.id ?? ''), part);
}
