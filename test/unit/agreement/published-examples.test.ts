import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
  type AgreementTable,
} from '../../../shared/agreement';
import { krippendorff2011 } from './krippendorff-2011';

/** Rows of category counts (units × categories) as a units × coders table. */
function fromCounts(counts: number[][]): AgreementTable {
  const raters = counts[0]!.reduce((a, b) => a + b, 0);
  return {
    coders: Array.from({ length: raters }, (_v, i) => `R${i + 1}`),
    units: counts.map((row) => row.flatMap((count, category) => Array<string>(count).fill(`c${category + 1}`))),
  };
}

/** A 2 × 2 table of counts as units for two coders: [[yes/yes, yes/no], [no/yes, no/no]]. */
function fromCrossTable(cells: number[][], labels = ['Ja', 'Nei']): AgreementTable {
  const units: string[][] = [];
  cells.forEach((row, a) => row.forEach((count, b) => {
    for (let i = 0; i < count; i++) units.push([labels[a]!, labels[b]!]);
  }));
  return { coders: ['Kari', 'Ola'], units };
}

describe("Krippendorff's α on Krippendorff's 2011 worked example", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s α = %s', (level, expected) => {
    const result = krippendorffAlpha(krippendorff2011, level);
    expect(result.value).toBeCloseTo(expected, 3);
    expect(result.reason).toBeNull();
    expect(result.pairable).toBe(40);
    expect(result.units).toBe(11);
  });
});

describe("Fleiss' κ on the 10-subject, 14-rater example (Fleiss 1971; Wikipedia 'Fleiss' kappa')", () => {
  const table = fromCounts([
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ]);
  it('κ = 0.210', () => {
    const result = fleissKappa(table);
    expect(result.value).toBeCloseTo(0.21, 3);
    expect(result.units).toBe(10);
    expect(result.coders).toBe(14);
  });
});

describe("Cohen's κ and Scott's π on Wikipedia's 'Cohen's kappa' table (20 / 5 / 10 / 15)", () => {
  const table = fromCrossTable([
    [20, 5],
    [10, 15],
  ]);
  it('κ = 0.400', () => expect(cohenKappa(table).value).toBeCloseTo(0.4, 3));
  it('π = 0.394 (pooled proportions .55/.45: (0.7 − 0.505) / 0.495)', () =>
    expect(scottPi(table).value).toBeCloseTo(0.3939, 3));
  it('percent agreement = 0.700', () => expect(percentAgreement(table).value).toBeCloseTo(0.7, 3));
  it("Scott's π equals nominal α up to α's small-sample correction: α = 1 − (n−1)/n · (1 − π)", () => {
    const pi = scottPi(table).value!;
    const n = 100;
    expect(krippendorffAlpha(table).value).toBeCloseTo(1 - ((n - 1) / n) * (1 - pi), 6);
  });
});
