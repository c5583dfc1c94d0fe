import type { Id, Message } from '../../../shared/model';
import type { SourcePassages } from '../../store/queries/source-passages';
import { routeHref } from '../../services/routes';

export interface Passage {
  /** The source's current text from start to end ('' while the text loads). */
  text: string;
  /** The speaker of the turn the passage starts in, if the source has turns. */
  speaker: string | null;
}

/** The turn holding an offset: the last turn starting at or before it, if it has not ended (binary search). */
export function turnAt(turns: readonly Message[] | undefined, offset: number): Message | null {
  if (!turns || turns.length === 0) return null;
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const turn = turns[lo - 1];
  return turn && offset < turn.end ? turn : null;
}

export function passageOf(
  passages: SourcePassages | undefined,
  range: { sourceId: Id; start: number; end: number },
): Passage {
  const text = passages?.texts.get(range.sourceId)?.slice(range.start, range.end) ?? '';
  const speaker = turnAt(passages?.messages.get(range.sourceId), range.start)?.speaker ?? null;
  return { text, speaker: speaker || null };
}

/** The coding workspace opened on the source with the passage selected (as retrieval jumps to a segment). */
export function passageHref(range: { sourceId: Id; start: number; end: number }): string {
  return `${routeHref('sources', range.sourceId)}?at=${range.start}-${range.end}`;
}
