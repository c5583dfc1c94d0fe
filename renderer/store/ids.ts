import { monotonicFactory } from 'ulid';

/** Sortable, unique ids (ULID): creation order survives export and sync. */
const next = monotonicFactory();

export function newId(): string {
  return next();
}

export function nowIso(): string {
  return new Date().toISOString();
}
