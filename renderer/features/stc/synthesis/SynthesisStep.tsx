import type { StcRows } from '../../../store/queries/stc';

/** Stub: stcui2 builds step 4 here (the lead keeps stcui2's file at merge). */
export function SynthesisStep(_props: { projectId: string; rows: StcRows }) {
  return null;
}
