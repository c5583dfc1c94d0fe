import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, Coding, Id, Source } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { readCurrentTexts } from '../repositories/source-texts';
import { useDatabase } from '../useDatabase';

export interface CodebookData {
  codes: Code[];
  codings: Coding[];
}

/** A project's codes with all its codings (for counts and the code's segments). */
export function useCodebook(projectId: Id): CodebookData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [codes, codings] = await Promise.all([
      db.codes.where('projectId').equals(projectId).toArray(),
      db.codings.where('projectId').equals(projectId).toArray(),
    ]);
    return { codes, codings };
  }, [db, projectId]);
}

export interface CodingsOfCode {
  codings: Coding[];
  /** The sources those codings are in, by id. */
  sources: Map<Id, Source>;
  /** Their texts, by source id. */
  texts: Map<Id, string>;
}

/** The codings of one code with the sources and texts they sit in; empty when no code is given. */
export async function readCodingsOfCode(db: KodebokDb, codeId: Id | null): Promise<CodingsOfCode> {
  if (!codeId) return { codings: [], sources: new Map(), texts: new Map() };
  const codings = await db.codings.where('codeId').equals(codeId).toArray();
  const sourceIds = [...new Set(codings.map((c) => c.sourceId))];
  // The current texts (the imported text with its typo fixes), so snippets match what the view shows.
  const [sources, texts] = await Promise.all([db.sources.bulkGet(sourceIds), readCurrentTexts(db, sourceIds)]);
  return { codings, sources: new Map(sources.flatMap((s) => (s ? [[s.id, s] as const] : []))), texts };
}

export function useCodingsOfCode(codeId: Id | null): CodingsOfCode | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readCodingsOfCode(db, codeId), [db, codeId]);
}
