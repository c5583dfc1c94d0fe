/** Stub: stcui2 builds the report export here (the lead keeps stcui2's file at merge). */
export function StcReportExport(_props: { projectId: string }) {
  return null;
}
