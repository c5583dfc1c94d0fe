import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Id } from '../../../shared/model';
import { readCurrentTexts } from '../repositories/source-texts';
import { useDatabase } from '../useDatabase';

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
 * meaning units and golden quotes from them and name the speaker. Only the sources asked for are
 * read, so a screen showing one code group reads the interviews that group draws on, not all of them.
 */
export function useSourceTexts(projectId: Id, sourceIds: readonly Id[]): Map<Id, StcSourceText> | undefined {
  const db = useDatabase();
  // One key for the set of ids, so a new array with the same ids does not read again.
  const key = useMemo(() => [...new Set(sourceIds)].sort().join('\n'), [sourceIds]);
  return useLiveQuery(async () => {
    const ids = key ? key.split('\n') : [];
    if (ids.length === 0) return new Map<Id, StcSourceText>();
    const [texts, messages] = await Promise.all([readCurrentTexts(db, ids), db.messages.where('sourceId').anyOf(ids).toArray()]);
    const turns = new Map<Id, TurnSpan[]>();
    for (const m of messages) {
      if (m.projectId !== projectId) continue;
      const list = turns.get(m.sourceId) ?? [];
      list.push({ speaker: m.speaker, start: m.start, end: m.end });
      turns.set(m.sourceId, list);
    }
    const out = new Map<Id, StcSourceText>();
    for (const [id, text] of texts) out.set(id, { text, turns: (turns.get(id) ?? []).sort((a, b) => a.start - b.start) });
    return out;
  }, [db, projectId, key]);
}

/** The speaker of the turn a passage starts in; null outside any turn (a preamble, a plain text). */
export function speakerAt(source: StcSourceText | undefined, offset: number): string | null {
  if (!source) return null;
  const turns = source.turns;
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const turn = turns[mid]!;
    if (offset < turn.start) hi = mid - 1;
    else if (offset >= turn.end) lo = mid + 1;
    else return turn.speaker;
  }
  return null;
}
