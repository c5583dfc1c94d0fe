import type { PlanContext } from '../../shared/model';

/** A fixed clock and predictable ids (new-1, new-2…): plans are deterministic in tests. */
export function fixedContext(now = '2026-02-03T10:00:00.000Z'): PlanContext {
  let n = 0;
  return { now, newId: () => `new-${++n}` };
}
