import type { AgreementValue } from './table';

/**
 * Values as the measures compare them. Numbers and numeric text ("3", "2.5") are the same value
 * when they are the same number, so a CSV cell "1" and a number 1 agree. `numeric` is true when
 * every value is a number; ordinal order is then numeric, else by text.
 */
export interface ValueScale {
  /** Distinct values, sorted (numerically when numeric). */
  keys: string[];
  /** The number each key stands for, or NaN when the scale is not numeric. */
  numbers: number[];
  numeric: boolean;
  indexOf: Map<string, number>;
}

function asNumber(v: AgreementValue): number {
  if (typeof v === 'number') return v;
  const t = v.trim();
  return t === '' ? NaN : Number(t);
}

/** The key a value is compared by. */
export function valueKey(v: AgreementValue, numeric: boolean): string {
  return numeric ? String(asNumber(v)) : String(v);
}

export function allNumeric(values: Iterable<AgreementValue>): boolean {
  for (const v of values) if (!Number.isFinite(asNumber(v))) return false;
  return true;
}

export function valueScale(values: Iterable<AgreementValue>): ValueScale {
  const list = [...values];
  const numeric = list.length > 0 && allNumeric(list);
  const keys = [...new Set(list.map((v) => valueKey(v, numeric)))];
  if (numeric) keys.sort((a, b) => Number(a) - Number(b));
  else keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    keys,
    numbers: keys.map((k) => (numeric ? Number(k) : NaN)),
    numeric,
    indexOf: new Map(keys.map((k, i) => [k, i])),
  };
}
