import type { Id } from '../../../../shared/model';

/** What the trail panel follows: down from an analytic text, group or subgroup, or back up from a meaning unit. */
export type TrailFocus =
  | { kind: 'analytic'; codeGroupId: Id }
  | { kind: 'group'; id: Id }
  | { kind: 'subgroup'; id: Id }
  | { kind: 'unit'; id: Id };
