import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model';
import type { CodebookVersion, Proposal, ReviewComment } from '../../../shared/review';
import { useDatabase } from '../useDatabase';

export interface ReviewData {
  /** Oldest first. */
  versions: CodebookVersion[];
  comments: ReviewComment[];
  proposals: Proposal[];
}

/** Everything the Review screen shows for a project. */
export function useReview(projectId: Id): ReviewData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [versions, comments, proposals] = await Promise.all([
      db.codebookVersions.where('projectId').equals(projectId).toArray(),
      db.reviewComments.where('projectId').equals(projectId).toArray(),
      db.proposals.where('projectId').equals(projectId).toArray(),
    ]);
    versions.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    proposals.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return { versions, comments, proposals };
  }, [db, projectId]);
}

/** The project's codebook versions, oldest first (the codebook header names the signed-off one). */
export function useCodebookVersions(projectId: Id): CodebookVersion[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await db.codebookVersions.where('projectId').equals(projectId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [db, projectId],
  );
}
