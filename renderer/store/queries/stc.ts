import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Id } from '../../../shared/model';
import type { StcRows } from '../../../shared/stc/rows';
import { codeGroupCounts, type StcCounts } from '../../../shared/stc/counts';
import { readStcRows } from '../repositories/stc-rows';
import { useDatabase } from '../useDatabase';

export type { StcRows } from '../../../shared/stc/rows';

/**
 * All STC rows of a project and its sources, live: one query over the STC tables, so every STC
 * screen reads the same picture and derives the rest with the pure reads in shared/stc
 * (unsortedUnits, codeGroupCounts, trail, trailFrom, subgroupAdvice, stepState, readProgress).
 */
export function useStcRows(projectId: Id): StcRows | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readStcRows(db, projectId), [db, projectId]);
}

/** Counts per code group and subgroup ("12 meaning units from 6 of 8 interviews"), live. */
export function useStcCounts(projectId: Id): StcCounts | undefined {
  const rows = useStcRows(projectId);
  return useMemo(() => (rows ? codeGroupCounts(rows) : undefined), [rows]);
}
