import type { Id } from '../../../../shared/model';
import type { SourcePassages } from '../../../store/queries/source-passages';

/** What every list of meaning units in step 2 looks up: names, texts, where each unit is sorted, and the selection. */
export interface UnitLists {
  sourceTitle: Map<Id, string>;
  groupName: Map<Id, string>;
  themeName: Map<Id, string>;
  /** The code groups each unit sits in. */
  groupsOf: Map<Id, Id[]>;
  passages: SourcePassages | undefined;
  totalSources: number;
  groupCount: number;
  selected: ReadonlySet<Id>;
  select: (unitId: Id, on: boolean) => void;
  /** A drag carries the whole selection when it starts on a selected unit, else the one unit. */
  dragIds: (unitId: Id) => Id[];
}
