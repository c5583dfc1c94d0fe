/**
 * The slice of papaparse that csv.ts uses. Imported by file path because @types/papaparse pulls
 * in @types/node (for its stream API), which must not leak into shared/.
 */
declare module 'papaparse/papaparse.js' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  interface StepResult {
    data: string[];
    errors: ParseError[];
    meta: { cursor: number; delimiter: string };
  }
  interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
    preview?: number;
    step?: (results: StepResult) => void;
  }
  /** Without `step`, the rows are returned; with it, they go to `step`. */
  const Papa: { parse(input: string, config: ParseConfig): { data: string[][]; meta: { delimiter: string } } | undefined };
  export default Papa;
}
