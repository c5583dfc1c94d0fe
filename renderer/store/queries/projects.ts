import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Project } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { listProjects } from '../repositories/projects';
import { useDatabase } from '../useDatabase';

/** Every project the projects screen lists (the repository decides which and in what order). */
export function useProjects(): Project[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listProjects(db), [db]);
}

/** How many sources each project holds, by project id (projects without sources are absent). */
export async function readSourceCountsByProject(db: KodebokDb): Promise<Map<Id, number>> {
  const counts = new Map<Id, number>();
  await db.sources.each((s) => counts.set(s.projectId, (counts.get(s.projectId) ?? 0) + 1));
  return counts;
}

export function useSourceCountsByProject(): Map<Id, number> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readSourceCountsByProject(db), [db]);
}

/** The project with this id if it exists and is not deleted; null when there is none. */
export async function readOpenProject(db: KodebokDb, projectId: Id | null): Promise<Project | null> {
  if (!projectId) return null;
  const project = await db.projects.get(projectId);
  return project && project.deletedAt === null ? project : null;
}

/** {@link readOpenProject}, kept live; undefined while loading. */
export function useOpenProject(projectId: Id | null): Project | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readOpenProject(db, projectId), [db, projectId]);
}
