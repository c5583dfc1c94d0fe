import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model';
import type { RetrievalInput } from '../../../shared/retrieval/query';
import { useDatabase } from '../useDatabase';
import { readProjectTexts } from '../repositories/source-texts';

/** Everything a retrieval query reads, for the whole project, kept live as codings change. */
export function useRetrievalInput(project: Project): RetrievalInput | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [codes, codings, sources, messages, texts] = await Promise.all([
      db.codes.where('projectId').equals(project.id).toArray(),
      db.codings.where('projectId').equals(project.id).toArray(),
      db.sources.where('[projectId+order]').between([project.id, -Infinity], [project.id, Infinity]).toArray(),
      db.messages.where('projectId').equals(project.id).toArray(),
      readProjectTexts(db, project.id),
    ]);
    return {
      codes,
      codings,
      sources,
      messages,
      texts,
      deadlineHours: project.settings.answerDeadlineHours,
    };
  }, [db, project.id, project.settings.answerDeadlineHours]);
}
