import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, Coder, Coding, Id, Message, Source } from '../../../shared/model';
import { useDatabase } from '../useDatabase';
import { readProjectTexts } from '../repositories/source-texts';

/** What agreement and the disagreement viewer read: the whole project's coding, kept live (adopt changes it). */
export interface AgreementInput {
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
  sources: Source[];
  messages: Message[];
  texts: Map<Id, string>;
}

export function useAgreementInput(projectId: Id): AgreementInput | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [codes, codings, coders, sources, messages, texts] = await Promise.all([
      db.codes.where('projectId').equals(projectId).toArray(),
      db.codings.where('projectId').equals(projectId).toArray(),
      db.coders.where('projectId').equals(projectId).toArray(),
      db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray(),
      db.messages.where('projectId').equals(projectId).toArray(),
      readProjectTexts(db, projectId),
    ]);
    return { codes, codings, coders, sources, messages, texts };
  }, [db, projectId]);
}
