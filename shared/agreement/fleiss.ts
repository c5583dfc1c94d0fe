import { undefinedResult, type AgreementResult } from './result';
import { presentValues, weightOf, type AgreementTable } from './table';
import { allNumeric, valueKey } from './values';

/**
 * Fleiss' κ (Fleiss 1971) for a fixed number of coders per unit. Only complete units (a value from
 * every coder) are used — listwise deletion, reported in `units`; for missing values use α.
 * κ = (P̄ − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing coder pairs per unit, P̄_e = Σ p_j²
 * with p_j the share of all assignments to category j.
 */
export function fleissKappa(table: AgreementTable): AgreementResult {
  const n = table.coders.length;
  const numeric = allNumeric(table.units.flatMap(presentValues));
  const totals = new Map<string, number>();
  let units = 0;
  let pSum = 0;
  for (const [u, row] of table.units.entries()) {
    if (n < 2 || row.length < n || row.some((v) => v === null)) continue;
    const w = weightOf(table, u);
    const counts = new Map<string, number>();
    for (const v of row) {
      const k = valueKey(v!, numeric);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      totals.set(k, (totals.get(k) ?? 0) + w);
    }
    let sq = 0;
    for (const c of counts.values()) sq += c * c;
    pSum += (w * (sq - n)) / (n * (n - 1));
    units += w;
  }
  const counts = { units, coders: n, pairable: units * n };
  if (units === 0) return undefinedResult(n < 2 ? 'too-few-pairable' : 'needs-complete-units', counts);
  const pBar = pSum / units;
  let pe = 0;
  for (const t of totals.values()) pe += (t / (units * n)) ** 2;
  if (1 - pe < 1e-12) return undefinedResult('no-variation', counts);
  return { value: (pBar - pe) / (1 - pe), reason: null, ...counts };
}
