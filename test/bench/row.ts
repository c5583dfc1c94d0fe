/** One line of `npm run bench`: a figure, the raw-library figure it is compared with, and the target. */
export interface BenchRow {
  name: string;
  ms: number;
  baselineName?: string;
  baselineMs?: number;
  /** E.g. "< 100 ms" or "< 5000 ms and ≤ 2× raw" (json-rows.ts checks it); absent for a figure only to read. */
  target?: string;
  note?: string;
}
