/**
 * Turns IndexedDB/Dexie failures into something a researcher can act on. The UI translates
 * `kind`; `detail` is kept for the log, never shown as a stack trace.
 */
export type StorageProblemKind =
  | 'quota'
  | 'blocked'
  | 'version'
  | 'unavailable'
  /** Another window opened a newer Kodebok; this window closed its connection (see connection.ts). */
  | 'upgraded'
  /** A write after the connection was closed: the last action was not saved. */
  | 'closed'
  | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  detail: string;
}

export function describeStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { kind: 'quota', detail };
  if (name === 'DatabaseClosedError' && /blocked/i.test(detail)) return { kind: 'blocked', detail };
  if (name === 'DatabaseClosedError') return { kind: 'closed', detail };
  if (name === 'VersionError' || inner === 'VersionError') return { kind: 'version', detail };
  if (name === 'MissingAPIError' || name === 'InvalidStateError') return { kind: 'unavailable', detail };
  return { kind: 'unknown', detail };
}
