/**
 * The input every agreement measure reads: one row per unit, one column per coder, null where a
 * coder gave no value (missing). Values are category labels or numbers; the measure decides how
 * they compare (shared/agreement/metric.ts).
 */
export type AgreementValue = string | number;

export interface AgreementTable {
  /** Coder names, one per column. */
  coders: readonly string[];
  /** units[u][c] is coder c's value for unit u, or null when missing. */
  units: readonly (readonly (AgreementValue | null)[])[];
  /**
   * weights[u]: how many identical units row u stands for (absent: 1 each). Character units are
   * stored as runs of characters coded alike, so a long source is not a million rows.
   */
  weights?: readonly number[];
}

/** How many units row u stands for. */
export function weightOf(table: AgreementTable, u: number): number {
  return table.weights?.[u] ?? 1;
}

/** The values present in one unit (missing ones left out). */
export function presentValues(row: readonly (AgreementValue | null)[]): AgreementValue[] {
  const out: AgreementValue[] = [];
  for (const v of row) if (v !== null) out.push(v);
  return out;
}
