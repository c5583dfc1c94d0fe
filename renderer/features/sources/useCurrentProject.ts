import type { Project } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { useOpenProject } from '../../store/queries/projects';

/** The open project, or null when none is open (or it was deleted); undefined while loading. */
export function useCurrentProject(): Project | null | undefined {
  const { settings } = useApp();
  return useOpenProject(settings.currentProjectId);
}
