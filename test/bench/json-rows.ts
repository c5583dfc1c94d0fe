import type { BenchRow } from './row';

/**
 * One scenario as `npm run --silent bench -- --json` prints it, for scripts and for comparing runs.
 * `raw` and `ratio` are null where no raw library is measured beside it; `target` is null where the
 * figure is only for reading, and `pass` is null when there is no target (or one that cannot be
 * checked, such as a ratio without a raw figure).
 */
export interface BenchJsonRow {
  scenario: string;
  value: number;
  unit: 'ms';
  raw: number | null;
  ratio: number | null;
  target: string | null;
  pass: boolean | null;
}

/** One condition of a target: the figure itself or its ratio to raw, below (or at most) a bound. */
export interface TargetCondition {
  of: 'value' | 'ratio';
  strict: boolean;
  bound: number;
}

const valueCondition = /^(<|≤|<=)\s*(\d[\d,]*(?:\.\d+)?)\s*ms$/;
const ratioCondition = /^(<|≤|<=)\s*(\d+(?:\.\d+)?)\s*[×x]\s*raw$/;

/**
 * Reads a target such as "< 100 ms", "≤ 2× raw" or "< 5000 ms and ≤ 2× raw" (thousands may be
 * written 5,000). Returns null for anything else, so a target nobody can check is never passed.
 */
export function parseTarget(target: string): TargetCondition[] | null {
  const conditions: TargetCondition[] = [];
  for (const part of target.trim().split(/\s+and\s+/)) {
    const value = valueCondition.exec(part);
    const ratio = value ? null : ratioCondition.exec(part);
    const match = value ?? ratio;
    if (!match) return null;
    conditions.push({
      of: value ? 'value' : 'ratio',
      strict: match[1] === '<',
      bound: Number(match[2]!.replace(/,/g, '')),
    });
  }
  return conditions;
}

/** Whether a figure meets its target: null without a target, or when the target cannot be checked. */
export function meetsTarget(target: string | null, value: number, ratio: number | null): boolean | null {
  if (target === null) return null;
  const conditions = parseTarget(target);
  if (!conditions) return null;
  let pass = true;
  for (const c of conditions) {
    const figure = c.of === 'value' ? value : ratio;
    if (figure === null) return null;
    pass &&= c.strict ? figure < c.bound : figure <= c.bound;
  }
  return pass;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function toJsonRows(rows: BenchRow[]): BenchJsonRow[] {
  return rows.map((r) => {
    const value = round(r.ms, 2);
    const raw = r.baselineMs === undefined ? null : round(r.baselineMs, 2);
    const exactRatio = r.baselineMs !== undefined && r.baselineMs > 0 ? r.ms / r.baselineMs : null;
    const ratio = exactRatio === null ? null : round(exactRatio, 2);
    const target = r.target ?? null;
    return { scenario: r.name, value, unit: 'ms', raw, ratio, target, pass: meetsTarget(target, r.ms, exactRatio) };
  });
}
