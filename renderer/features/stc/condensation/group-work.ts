import { createContext, useContext } from 'react';
import type { Id } from '../../../../shared/model';
import type { StcRows } from '../../../../shared/stc/rows';
import type { StcSourceText } from '../../../store/queries/stc-texts';
import type { TrailFocus } from '../trail/trail-focus';
import type { useStcRun } from '../useStcRun';

/** What every part of step 3's work on one code group shares: the rows, texts, selection and commands. */
export interface GroupWork {
  rows: StcRows;
  codeGroupId: Id;
  texts: Map<Id, StcSourceText> | undefined;
  titles: Map<Id, string>;
  selected: ReadonlySet<Id>;
  toggle: (unitId: Id) => void;
  /** Units a drag or a move takes: the selection when the unit is in it, else the unit alone. */
  dragged: (unitId: Id) => Id[];
  sortInto: (subgroupId: Id | null, unitIds: Id[]) => Promise<void>;
  trail: TrailFocus | null;
  showTrail: (focus: TrailFocus) => void;
  stc: ReturnType<typeof useStcRun>;
}

export const GroupWorkContext = createContext<GroupWork | null>(null);

export function useGroupWork(): GroupWork {
  const work = useContext(GroupWorkContext);
  if (!work) throw new Error('useGroupWork outside <GroupWorkContext.Provider>');
  return work;
}
