import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Message } from '../../../shared/model';
import { readCurrentTexts } from '../repositories/source-texts';
import { useDatabase } from '../useDatabase';

/** What passages of some sources need to be shown: each source's current text and its turns in reading order. */
export interface SourcePassages {
  texts: Map<Id, string>;
  /** Turns (messages) by source, sorted by start: who speaks where. */
  messages: Map<Id, Message[]>;
}

/**
 * The current texts and turns of a set of sources, live (a typo fix or an import shows at once).
 * STC lists meaning units and golden quotes from many sources; this reads only the sources named.
 */
export function useSourcePassages(sourceIds: readonly Id[]): SourcePassages | undefined {
  const db = useDatabase();
  // One key for the set, so a new array with the same ids does not start a new query.
  const key = [...new Set(sourceIds)].sort().join('\n');
  return useLiveQuery(async () => {
    const ids = key ? key.split('\n') : [];
    const [texts, turns] = await Promise.all([
      readCurrentTexts(db, ids),
      db.messages.where('sourceId').anyOf(ids).toArray(),
    ]);
    const messages = new Map<Id, Message[]>();
    for (const m of turns) {
      const list = messages.get(m.sourceId);
      if (list) list.push(m);
      else messages.set(m.sourceId, [m]);
    }
    for (const list of messages.values()) list.sort((a, b) => a.start - b.start || a.order - b.order);
    return { texts, messages };
  }, [db, key]);
}
