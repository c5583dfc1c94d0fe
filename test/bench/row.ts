/** One line of `npm run bench`: a figure, the raw-library figure it is compared with, and the target. */
export interface BenchRow {
  name: string;
  ms: number;
  baselineName?: string;
  baselineMs?: number;
  target?: string;
  note?: string;
}
