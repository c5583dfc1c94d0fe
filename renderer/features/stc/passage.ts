import type { Id } from '../../../shared/model';
import { turnAt } from '../../../shared/ranges/turn-at';
import type { SourcePassages } from '../../store/queries/source-passages';
import { routeHref } from '../../services/routes';

export interface Passage {
  /** The source's current text from start to end ('' while the text loads). */
  text: string;
  /** The speaker of the turn the passage starts in, if the source has turns. */
  speaker: string | null;
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
