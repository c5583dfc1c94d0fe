import Papa from 'papaparse/papaparse.js';

/**
 * papaparse's `unparse` (RFC 4180 quoting, CRLF between records). The module is typed by
 * shared/import/papaparse.d.ts, which declares only `parse`; `unparse` lives in the same bundle.
 */
const papa = Papa as typeof Papa & { unparse(rows: string[][], config?: { newline?: string }): string };

export function csvFromRows(rows: string[][]): string {
  return papa.unparse(rows, { newline: '\r\n' });
}
