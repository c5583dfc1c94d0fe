/**
 * `npm run bench -- --only agreement`: Krippendorff's α on 10,000 units × 4 coders (5 categories,
 * about 10 % missing values), at the nominal and interval levels, through shared/agreement as the
 * app and `cli agree` call it (table in, value out). The baseline is a plain loop over the same
 * values already as small integers: the coincidence matrix and nominal α with nothing else.
 */
import { krippendorffAlpha, seededRandom, type AgreementTable } from '../../../shared/agreement';
import type { BenchRow } from '../row';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A seeded table: each unit has a "true" category most coders pick; some cells are missing. */
function syntheticTable(units: number, coders: number): AgreementTable {
  const random = seededRandom(2026);
  return {
    coders: Array.from({ length: coders }, (_v, c) => `Koder ${c + 1}`),
    units: Array.from({ length: units }, () => {
      const truth = 1 + Math.floor(random() * 5);
      return Array.from({ length: coders }, () =>
        random() < 0.1 ? null : random() < 0.75 ? truth : 1 + Math.floor(random() * 5),
      );
    }),
  };
}

/** Nominal α by plain loops over integer codes 0..4 (-1 missing): the least work α can be. */
function plainAlpha(values: Int8Array, units: number, coders: number): number {
  const o = new Float64Array(25);
  for (let u = 0; u < units; u++) {
    let m = 0;
    for (let c = 0; c < coders; c++) if (values[u * coders + c]! >= 0) m++;
    if (m < 2) continue;
    for (let i = 0; i < coders; i++) {
      const a = values[u * coders + i]!;
      if (a < 0) continue;
      for (let j = 0; j < coders; j++) {
        const b = values[u * coders + j]!;
        if (i !== j && b >= 0) o[a * 5 + b]! += 1 / (m - 1);
      }
    }
  }
  const nc = new Float64Array(5);
  let n = 0;
  for (let c = 0; c < 5; c++) for (let k = 0; k < 5; k++) nc[c]! += o[c * 5 + k]!;
  for (let c = 0; c < 5; c++) n += nc[c]!;
  let agree = 0;
  let expected = 0;
  for (let c = 0; c < 5; c++) {
    agree += o[c * 5 + c]!;
    expected += nc[c]! * (nc[c]! - 1);
  }
  return 1 - ((n - 1) * (n - agree)) / (n * (n - 1) - expected);
}

export async function benchAgreement(log: (line: string) => void, runs = 7): Promise<BenchRow[]> {
  const units = 10_000;
  const coders = 4;
  const table = syntheticTable(units, coders);
  const ints = new Int8Array(units * coders);
  table.units.forEach((row, u) => row.forEach((v, c) => (ints[u * coders + c] = v === null ? -1 : (v as number) - 1)));
  const time = (f: () => unknown) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  const nominal = krippendorffAlpha(table, 'nominal').value!;
  const plain = plainAlpha(ints, units, coders);
  if (Math.abs(nominal - plain) > 1e-9) throw new Error(`α differs from the plain loop: ${nominal} vs ${plain}`);
  log(`agreement: α nominal ${nominal.toFixed(3)} on ${units} units × ${coders} coders`);
  const rows: BenchRow[] = [];
  const baseline = median(Array.from({ length: runs }, () => time(() => plainAlpha(ints, units, coders))));
  for (const level of ['nominal', 'interval', 'ordinal'] as const) {
    krippendorffAlpha(table, level); // warm-up: JIT
    rows.push({
      name: `Krippendorff's α (${level}), 10,000 units × 4 coders, 10 % missing`,
      ms: median(Array.from({ length: runs }, () => time(() => krippendorffAlpha(table, level)))),
      baselineName: 'plain loop, nominal, values pre-coded as integers',
      baselineMs: baseline,
      target: '< 500 ms',
      note: `α = ${krippendorffAlpha(table, level).value!.toFixed(3)}`,
    });
  }
  await Promise.resolve();
  return rows;
}
