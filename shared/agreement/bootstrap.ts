import { alphaOf, preparePairable, type AlphaLevel } from './alpha';
import { seededRandom } from './prng';
import type { AgreementTable } from './table';

export interface AlphaInterval {
  /** Lower and upper bounds of the percentile interval, or null when α is undefined in too many draws. */
  low: number | null;
  high: number | null;
  /** Draws in which α was defined (a draw with no variation has no α and is left out). */
  defined: number;
  draws: number;
  /** Share of draws below a minimum α, when one was asked for (Hayes & Krippendorff 2007 report q). */
  belowMinimum: number | null;
}

export interface BootstrapOptions {
  draws?: number;
  seed?: number;
  /** 0.95 for a 95 % interval. */
  confidence?: number;
  /** Report the share of draws with α below this (e.g. 0.667 or 0.8). */
  minimum?: number;
}

/**
 * Bootstrap confidence interval for Krippendorff's α: resample the pairable units with
 * replacement (characters, when a table stores runs of them) (seeded, so a report is reproducible), compute α for each draw, and take the
 * percentile interval. Hayes & Krippendorff (2007) bootstrap α to give an interval and q (the
 * chance α is below a minimum); they resample pairs of values, this resamples whole units — the
 * nonparametric bootstrap over the sampled units (named so in docs/agreement.md).
 */
export function alphaBootstrap(table: AgreementTable, level: AlphaLevel, options: BootstrapOptions = {}): AlphaInterval {
  const draws = Math.max(1, Math.floor(options.draws ?? 1000));
  const confidence = options.confidence ?? 0.95;
  const random = seededRandom(options.seed ?? 1);
  const empty = { low: null, high: null, defined: 0, draws, belowMinimum: null };
  const prepared = preparePairable(table, level);
  if (!prepared.ok || prepared.data.units.length === 0) return empty;
  const { units, weights } = prepared.data;
  const values: number[] = [];
  const draw = weights ? weightedDraw(weights, random) : () => Math.floor(random() * units.length);
  const total = weights ? weights.reduce((a, b) => a + b, 0) : units.length;
  for (let d = 0; d < draws; d++) {
    // Counts per unit: a draw of `total` units with replacement (characters, for run-weighted tables).
    const drawn = new Float64Array(units.length);
    for (let i = 0; i < total; i++) drawn[draw()]! += 1;
    const sample: number[][] = [];
    const sampleWeights: number[] = [];
    for (let u = 0; u < units.length; u++)
      if (drawn[u]! > 0) {
        sample.push(units[u]!);
        sampleWeights.push(drawn[u]!);
      }
    const result = alphaOf({ ...prepared.data, units: sample, weights: sampleWeights }, level);
    if (result.value !== null) values.push(result.value);
  }
  if (values.length === 0) return empty;
  values.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  const at = (p: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(p * values.length)))]!;
  const minimum = options.minimum;
  return {
    low: at(tail),
    high: at(1 - tail),
    defined: values.length,
    draws,
    belowMinimum: minimum === undefined ? null : values.filter((a) => a < minimum).length / values.length,
  };
}

/** Picks a unit with probability proportional to its weight (a binary search over running sums). */
function weightedDraw(weights: readonly number[], random: () => number): () => number {
  const running = new Float64Array(weights.length);
  let sum = 0;
  for (let u = 0; u < weights.length; u++) running[u] = sum += weights[u]!;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (running[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
