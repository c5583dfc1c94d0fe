import type { CodeUnitTable, UnitPlace } from './project-table';

/** A unit where the coders who coded it did not all say the same: for the disagreement viewer. */
export interface Disagreement extends UnitPlace {
  /** Row in the code's table. */
  row: number;
  /** values[c]: 1 if coder c applied the code here, 0 if not, null if the coder did not code the source. */
  values: (number | null)[];
}

/** Every unit of a code's table where at least two present values differ, in table order. */
export function disagreementsOf({ table, places }: CodeUnitTable): Disagreement[] {
  const out: Disagreement[] = [];
  table.units.forEach((row, u) => {
    const present = row.filter((v) => v !== null);
    if (present.length < 2 || present.every((v) => v === present[0])) return;
    out.push({ ...places[u]!, row: u, values: row.map((v) => (v === null ? null : Number(v))) });
  });
  return out;
}
