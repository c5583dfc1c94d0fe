import { undefinedResult, type AgreementResult } from './result';
import { presentValues, weightOf, type AgreementTable } from './table';
import { allNumeric, valueKey } from './values';

/**
 * Cohen's κ (Cohen 1960) and Scott's π (Scott 1955): two coders, units where both gave a value.
 * Both are (p_o − p_e) / (1 − p_e); they differ in p_e, the agreement expected by chance:
 * κ multiplies each coder's own category proportions, π squares the pooled proportions.
 */
export function cohenKappa(table: AgreementTable): AgreementResult {
  return twoCoder(table, 'cohen');
}

export function scottPi(table: AgreementTable): AgreementResult {
  return twoCoder(table, 'scott');
}

function twoCoder(table: AgreementTable, kind: 'cohen' | 'scott'): AgreementResult {
  const coders = table.coders.length;
  if (coders !== 2) return undefinedResult('needs-two-coders', { units: 0, coders, pairable: 0 });
  const numeric = allNumeric(table.units.flatMap(presentValues));
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let units = 0;
  let agree = 0;
  for (const [u, row] of table.units.entries()) {
    const a = row[0] ?? null;
    const b = row[1] ?? null;
    if (a === null || b === null) continue;
    const ka = valueKey(a, numeric);
    const kb = valueKey(b, numeric);
    const w = weightOf(table, u);
    units += w;
    if (ka === kb) agree += w;
    first.set(ka, (first.get(ka) ?? 0) + w);
    second.set(kb, (second.get(kb) ?? 0) + w);
  }
  const counts = { units, coders, pairable: units * 2 };
  if (units === 0) return undefinedResult('too-few-pairable', counts);
  const po = agree / units;
  let pe = 0;
  for (const key of new Set([...first.keys(), ...second.keys()])) {
    const p1 = (first.get(key) ?? 0) / units;
    const p2 = (second.get(key) ?? 0) / units;
    pe += kind === 'cohen' ? p1 * p2 : ((p1 + p2) / 2) ** 2;
  }
  // p_e = 1 only when both coders used one and the same category throughout: no variation.
  if (1 - pe < 1e-12) return undefinedResult('no-variation', counts);
  return { value: (po - pe) / (1 - pe), reason: null, ...counts };
}
