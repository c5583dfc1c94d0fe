import type { Project } from '../../../../shared/model';
import type { StcRows } from '../../../store/queries/stc';
import type { StcActions } from '../useStcActions';
import { PreliminaryThemes } from './PreliminaryThemes';
import { ReadingList } from './ReadingList';

/** Step 1, total impression: read the material through and note preliminary themes. */
export function TotalImpressionStep(props: {
  project: Project;
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  return (
    <div className="stc-columns">
      <ReadingList {...props} />
      <PreliminaryThemes {...props} />
    </div>
  );
}
