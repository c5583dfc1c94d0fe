/**
 * The REFI-QDA GUID a row kept from the file it came from (`refiGuid`, an optional plain field on
 * codes, sources, codings, memos, coders and attributes), compared without case; undefined if none.
 */
export function guidOf(row: object): string | undefined {
  const guid = (row as { refiGuid?: unknown }).refiGuid;
  return typeof guid === 'string' && guid.trim() ? guid.trim().toLowerCase() : undefined;
}
