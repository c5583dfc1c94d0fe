import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Attribute, Code, Coding, Message, Source } from '../../../shared/model';
import { useDatabase } from '../useDatabase';
import { readCurrentText } from '../repositories/source-texts';
import { watchSourceCodings } from './source-codings';

export interface SourceData {
  source: Source;
  text: string;
  messages: Message[];
  attributes: Attribute[];
}

/** The source, its text and turns; null if it is not in this project. Codings are read apart, so coding never re-reads the text. */
export function useSourceData(projectId: string, sourceId: string): SourceData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    // All at once, not the source first: one round trip to IndexedDB before the text can be drawn.
    const [source, text, messages, attributes] = await Promise.all([
      db.sources.get(sourceId),
      readCurrentText(db, sourceId),
      db.messages.where('[sourceId+order]').between([sourceId, -Infinity], [sourceId, Infinity]).toArray(),
      db.attributes.where('projectId').equals(projectId).sortBy('order'),
    ]);
    if (!source || source.projectId !== projectId) return null;
    return { source, text: text ?? '', messages, attributes };
  }, [db, sourceId, projectId]);
}

/**
 * The codings of one source, live (see watchSourceCodings). `after` false holds the first read back
 * (the document view asks once its text is in, so the text is not kept waiting for 10,000 codings).
 */
export function useSourceCodings(sourceId: string, after = true): readonly Coding[] | undefined {
  const db = useDatabase();
  const [state, setState] = useState<{ sourceId: string; list: readonly Coding[] } | undefined>(undefined);
  useEffect(() => (after ? watchSourceCodings(db, sourceId, (list) => setState({ sourceId, list })) : undefined), [db, sourceId, after]);
  return state?.sourceId === sourceId ? state.list : undefined;
}

export function useProjectCodes(projectId: string): Code[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.codes.where('projectId').equals(projectId).toArray(), [db, projectId]);
}
