import type { PlanContext } from '../../shared/model';
import { monotonicFactory } from 'ulid';

/** Sortable, unique ids (ULID): creation order survives export and sync. */
const next = monotonicFactory();

export function newId(): string {
  return next();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** The time and the id factory a plan in shared/ takes: now, and fresh ULIDs. */
export function planContext(): PlanContext {
  return { now: nowIso(), newId };
}
