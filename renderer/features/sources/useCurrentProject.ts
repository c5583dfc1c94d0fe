import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model';
import { useApp } from '../../app/AppContext';

/** The open project, or null when none is open (or it was deleted); undefined while loading. */
export function useCurrentProject(): Project | null | undefined {
  const { db, settings } = useApp();
  return useLiveQuery(async () => {
    if (!settings.currentProjectId) return null;
    const project = await db.projects.get(settings.currentProjectId);
    return project && project.deletedAt === null ? project : null;
  }, [db, settings.currentProjectId]);
}
