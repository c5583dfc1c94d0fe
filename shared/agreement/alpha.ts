import { undefinedResult, type AgreementResult, type UndefinedReason } from './result';
import { presentValues, weightOf, type AgreementTable } from './table';
import { valueKey, valueScale } from './values';

/** Krippendorff's metric levels: which difference function δ² compares two values. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const alphaLevels: readonly AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * The pairable part of a table, as value indices: each unit with at least two values. Kept apart
 * from the arithmetic so the bootstrap can resample units without re-reading the table.
 */
export interface PairableUnits {
  /** units[u] lists the value indices (into `numbers`) coded in unit u. */
  units: number[][];
  /** The number each value index stands for (NaN on a non-numeric scale). */
  numbers: number[];
  /** weights[u]: how many units unit u stands for (absent: 1 each). */
  weights?: number[];
  coders: number;
}

export type Prepared = { ok: true; data: PairableUnits } | { ok: false; reason: UndefinedReason };

export function preparePairable(table: AgreementTable, level: AlphaLevel): Prepared {
  const kept = [...table.units.keys()].filter((u) => presentValues(table.units[u]!).length >= 2);
  const rows = kept.map((u) => presentValues(table.units[u]!));
  const scale = valueScale(rows.flat());
  if ((level === 'interval' || level === 'ratio') && rows.length > 0 && !scale.numeric)
    return { ok: false, reason: 'not-numeric' };
  if (level === 'ratio' && scale.numbers.some((x) => x < 0)) return { ok: false, reason: 'negative-ratio' };
  const units = rows.map((values) => values.map((v) => scale.indexOf.get(valueKey(v, scale.numeric))!));
  const weights = table.weights ? kept.map((u) => weightOf(table, u)) : undefined;
  return { ok: true, data: { units, numbers: scale.numbers, coders: table.coders.length, ...(weights && { weights }) } };
}

/**
 * Krippendorff's α from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"; 2004/2019, Content Analysis ch. 12): every unit with m_u ≥ 2 values adds
 * 1/(m_u − 1) to o_ck for each ordered pair of its values; n_c are the marginals and n their sum.
 * α = 1 − D_o / D_e = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck.
 */
export function krippendorffAlpha(table: AgreementTable, level: AlphaLevel = 'nominal'): AgreementResult {
  const prepared = preparePairable(table, level);
  const coders = table.coders.length;
  if (!prepared.ok) return undefinedResult(prepared.reason, { units: 0, coders, pairable: 0 });
  return alphaOf(prepared.data, level);
}

/** α of already prepared units (the bootstrap calls this for every draw). */
export function alphaOf(data: PairableUnits, level: AlphaLevel): AgreementResult {
  const { units, numbers, weights } = data;
  const v = numbers.length;
  const marginals = new Float64Array(v);
  let n = 0;
  let unitCount = 0;
  for (let u = 0; u < units.length; u++) {
    const w = weights ? weights[u]! : 1;
    unitCount += w;
    for (const c of units[u]!) marginals[c]! += w;
  }
  for (let c = 0; c < v; c++) n += marginals[c]!;
  const counts = { units: unitCount, coders: data.coders, pairable: n };
  if (n < 2) return undefinedResult('too-few-pairable', counts);
  const delta = differenceFunction(level, numbers, marginals);

  // Observed: Σ_u Σ_{i≠j} δ²(v_i, v_j) / (m_u − 1), i.e. Σ_ck o_ck δ²_ck without building o.
  let observed = 0;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const m = unit.length;
    let sum = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) sum += delta(unit[i]!, unit[j]!);
    observed += ((weights ? weights[u]! : 1) * 2 * sum) / (m - 1);
  }
  const expected = expectedSum(level, numbers, marginals, n, delta);
  if (expected <= 1e-12 * n * n) return undefinedResult('no-variation', counts);
  return { value: 1 - ((n - 1) * observed) / expected, reason: null, ...counts };
}

/** δ²_ck for the level (Krippendorff 2011, section E). */
function differenceFunction(
  level: AlphaLevel,
  numbers: number[],
  marginals: Float64Array,
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = numbers[c]! + numbers[k]!;
        return sum === 0 ? 0 : ((numbers[c]! - numbers[k]!) / sum) ** 2;
      };
    case 'ordinal': {
      // Ranks are the sorted value order; δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
      const before = new Float64Array(marginals.length + 1);
      for (let g = 0; g < marginals.length; g++) before[g + 1] = before[g]! + marginals[g]!;
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        if (lo === hi) return 0;
        return (before[hi + 1]! - before[lo]! - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
      };
    }
  }
}

/** Σ_c Σ_k n_c n_k δ²_ck, in closed form where there is one (so many distinct values stay fast). */
function expectedSum(
  level: AlphaLevel,
  numbers: number[],
  marginals: Float64Array,
  n: number,
  delta: (c: number, k: number) => number,
): number {
  const v = marginals.length;
  if (level === 'nominal') {
    let squares = 0;
    for (let c = 0; c < v; c++) squares += marginals[c]! ** 2;
    return n * n - squares;
  }
  if (level === 'interval') {
    // Σ n_c n_k (x_c − x_k)² = 2 n Σ n_c x_c² − 2 (Σ n_c x_c)², around the mean for precision.
    let mean = 0;
    for (let c = 0; c < v; c++) mean += marginals[c]! * numbers[c]!;
    mean /= n;
    let squares = 0;
    for (let c = 0; c < v; c++) squares += marginals[c]! * (numbers[c]! - mean) ** 2;
    return 2 * n * squares;
  }
  let sum = 0;
  for (let c = 0; c < v; c++) for (let k = c + 1; k < v; k++) sum += marginals[c]! * marginals[k]! * delta(c, k);
  return 2 * sum;
}
