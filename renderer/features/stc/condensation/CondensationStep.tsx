import type { StcRows } from '../../../store/queries/stc';

/** Stub: stcui2 builds step 3 here (the lead keeps stcui2's file at merge). */
export function CondensationStep(_props: { projectId: string; rows: StcRows }) {
  return null;
}
