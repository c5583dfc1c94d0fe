import { undefinedResult, type AgreementResult } from './result';
import { presentValues, weightOf, type AgreementTable } from './table';
import { allNumeric, valueKey } from './values';

/**
 * Percent agreement (no chance correction): in each unit with at least two values, the share of
 * coder pairs that gave the same value; averaged over those units. With two coders this is the
 * share of units both coded alike. Missing values are left out of their unit.
 */
export function percentAgreement(table: AgreementTable): AgreementResult {
  const numeric = allNumeric(table.units.flatMap(presentValues));
  let units = 0;
  let pairable = 0;
  let sum = 0;
  for (const [u, row] of table.units.entries()) {
    const w = weightOf(table, u);
    const keys = presentValues(row).map((v) => valueKey(v, numeric));
    const m = keys.length;
    if (m < 2) continue;
    units += w;
    pairable += m * w;
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    let agreeing = 0;
    for (const c of counts.values()) agreeing += c * (c - 1);
    sum += (w * agreeing) / (m * (m - 1));
  }
  const counts = { units, coders: table.coders.length, pairable };
  if (units === 0) return undefinedResult('too-few-pairable', counts);
  return { value: sum / units, reason: null, ...counts };
}
