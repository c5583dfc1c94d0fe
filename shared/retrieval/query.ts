import type { Code, Coding, Id, Message, ReplyDelay, Source, SpeakerRole } from '../model';

/**
 * Coded retrieval: find the passages coded in a certain way, to read them side by side.
 *
 * What each operator finds (the UI explains these words to researchers):
 * - `or`: every coding of any of the chosen codes.
 * - `and`: the text coded by ALL the chosen codes: in each source, the stretches where the text
 *   coded with the first code, the text coded with the second, and so on, overlap. Needs at least
 *   two codes; with fewer it finds nothing.
 * - `not`: codings of the chosen codes that overlap no coding of the `others` codes.
 * - `overlaps`: codings of the chosen codes that share text with some coding of `others`.
 * - `within`: codings of the chosen codes lying entirely inside a coding of `others`.
 * - `near`: codings of the chosen codes no more than `nearDistance` characters away from a coding
 *   of `others` (overlapping or touching counts as 0 characters away).
 * A coding is never compared with itself (when a code is both chosen and among `others`).
 * Cost: the `others` codings of a source are sorted once and each chosen coding is answered by
 * binary search (shared/ranges/reach.ts), so a source with n codings costs O(n log n), not n².
 *
 * With `includeDescendants`, a code stands for itself and all its sub-codes (for `and`, each chosen
 * code stands for its own branch).
 *
 * Filters:
 * - `coderIds` keeps only those coders' codings, before the operator is applied (on both sides).
 * - `sourceIds` and `attributes` (source attribute id → accepted values) choose sources.
 * - `roles` and `delay` look at the message the passage starts in (or, if it starts between two
 *   messages, e.g. on a speaker label, the first message it reaches). Passages in sources without
 *   messages never pass a role or delay filter. A delay passes `minHours` when it is surely at least
 *   that long, `maxHours` when it is surely no longer, and `overDeadline` when it is surely longer
 *   than the project's answer deadline (`false`: surely not longer). Unknown delays pass none.
 * - An empty list in a filter means "no filter", like leaving it out.
 *
 * Passages found more than once (same source, start and end) are shown once, with all the codings
 * that found them. The result is in reading order: by source, then by where the passage starts.
 */
export type RetrievalOperator = 'or' | 'and' | 'not' | 'overlaps' | 'within' | 'near';

export const retrievalOperators: readonly RetrievalOperator[] = ['or', 'and', 'not', 'overlaps', 'within', 'near'];

export interface RetrievalFilters {
  sourceIds?: Id[];
  roles?: SpeakerRole[];
  coderIds?: Id[];
  /** Source attribute id → accepted values. */
  attributes?: Record<Id, string[]>;
  delay?: { minHours?: number; maxHours?: number; overDeadline?: boolean };
}

export interface RetrievalQuery {
  codes: Id[];
  operator: RetrievalOperator;
  others: Id[];
  nearDistance: number;
  includeDescendants: boolean;
  filters: RetrievalFilters;
}

export interface RetrievalInput {
  codes: Code[];
  codings: Coding[];
  sources: Source[];
  messages: Message[];
  texts: Map<Id, string>;
  /** The project's answer deadline for written replies, in hours. */
  deadlineHours: number;
}

export interface RetrievedSegment {
  sourceId: Id;
  sourceTitle: string;
  start: number;
  end: number;
  text: string;
  /** About 80 characters of context on each side, cut at a word boundary. */
  before: string;
  after: string;
  codingIds: Id[];
  codeIds: Id[];
  coderIds: Id[];
  message: { speaker: string; role: SpeakerRole; delay: ReplyDelay | null; overDeadline: boolean } | null;
}

export function emptyRetrievalQuery(): RetrievalQuery {
  return { codes: [], operator: 'or', others: [], nearDistance: 200, includeDescendants: true, filters: {} };
}
