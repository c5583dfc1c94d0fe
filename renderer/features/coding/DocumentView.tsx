import type { Project } from '../../../shared/model';
import { SourceView } from '../sources/SourceView';

export function DocumentView({ project, sourceId }: { project: Project; sourceId: string }) {
  return <SourceView project={project} sourceId={sourceId} />;
}
