import { useMemo } from 'react';
import type { Id } from '../../../shared/model';
import { turnAt } from '../../../shared/ranges/turn-at';
import { useSourcePassages } from './source-passages';

/** A turn as a quote needs it: who speaks, and where. */
export interface TurnSpan {
  speaker: string;
  start: number;
  end: number;
}

/** What STC screens show of a source beside a meaning unit or golden quote: its current text and its turns (for the speaker). */
export interface StcSourceText {
  text: string;
  turns: TurnSpan[];
}

/**
 * The current texts (typo fixes applied) and turns of the sources named, live: STC steps 3 and 4 cut
 * meaning units and golden quotes from them and name the speaker. The same read as the other STC
 * steps' (`useSourcePassages`), in the shape these steps use; only the sources asked for are read.
 */
export function useSourceTexts(projectId: Id, sourceIds: readonly Id[]): Map<Id, StcSourceText> | undefined {
  const passages = useSourcePassages(sourceIds);
  return useMemo(() => {
    if (!passages) return undefined;
    const out = new Map<Id, StcSourceText>();
    for (const [id, text] of passages.texts) {
      const turns = (passages.messages.get(id) ?? [])
        .filter((m) => m.projectId === projectId)
        .map((m) => ({ speaker: m.speaker, start: m.start, end: m.end }));
      out.set(id, { text, turns });
    }
    return out;
  }, [passages, projectId]);
}

/** The speaker of the turn a passage starts in; null outside any turn (a preamble, a plain text). */
export function speakerAt(source: StcSourceText | undefined, offset: number): string | null {
  return turnAt(source?.turns, offset)?.speaker ?? null;
}
