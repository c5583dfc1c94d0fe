import { describe, expect, it } from 'vitest';
import {
  alphaBootstrap,
  alphaLevels,
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  measureAgreement,
  percentAgreement,
  reasonSentence,
  scottPi,
  seededRandom,
  type AgreementTable,
  type AgreementValue,
} from '../../../shared/agreement';
import { krippendorff2011 } from './krippendorff-2011';

/** A random table (seeded) with some agreement built in and some missing values. */
function randomTable(seed: number, units: number, coders: number, missing = 0.1): AgreementTable {
  const random = seededRandom(seed);
  return {
    coders: Array.from({ length: coders }, (_v, c) => `Koder ${c + 1}`),
    units: Array.from({ length: units }, () => {
      const truth = 1 + Math.floor(random() * 5);
      return Array.from({ length: coders }, () => {
        if (random() < missing) return null;
        return random() < 0.7 ? truth : 1 + Math.floor(random() * 5);
      });
    }),
  };
}

describe('properties every measure keeps', () => {
  const table = randomTable(7, 60, 4);
  const complete = randomTable(8, 60, 4, 0);
  const two: AgreementTable = { coders: ['A', 'B'], units: complete.units.map((r) => r.slice(0, 2)) };

  it('perfect agreement is 1 for every measure and α level', () => {
    const perfect: AgreementTable = { coders: ['A', 'B'], units: two.units.map((r) => [r[0]!, r[0]!]) };
    for (const measure of ['percent', 'cohen', 'scott', 'fleiss'] as const)
      expect(measureAgreement(perfect, measure).value).toBe(1);
    for (const level of alphaLevels) expect(krippendorffAlpha(perfect, level).value).toBeCloseTo(1, 12);
  });

  it('permuting coders changes nothing', () => {
    const reversed = (t: AgreementTable): AgreementTable => ({
      coders: [...t.coders].reverse(),
      units: t.units.map((r) => [...r].reverse()),
    });
    for (const level of alphaLevels)
      expect(krippendorffAlpha(reversed(table), level).value).toBeCloseTo(krippendorffAlpha(table, level).value!, 12);
    expect(fleissKappa(reversed(complete)).value).toBeCloseTo(fleissKappa(complete).value!, 12);
    expect(cohenKappa(reversed(two)).value).toBeCloseTo(cohenKappa(two).value!, 12);
    expect(scottPi(reversed(two)).value).toBeCloseTo(scottPi(two).value!, 12);
    expect(percentAgreement(reversed(table)).value).toBeCloseTo(percentAgreement(table).value!, 12);
  });

  it('permuting units changes nothing', () => {
    const random = seededRandom(3);
    const shuffled = (t: AgreementTable): AgreementTable => ({
      coders: t.coders,
      units: t.units
        .map((r) => ({ r, k: random() }))
        .sort((a, b) => a.k - b.k)
        .map(({ r }) => r),
    });
    for (const level of alphaLevels)
      expect(krippendorffAlpha(shuffled(table), level).value).toBeCloseTo(krippendorffAlpha(table, level).value!, 12);
    expect(fleissKappa(shuffled(complete)).value).toBeCloseTo(fleissKappa(complete).value!, 12);
    expect(cohenKappa(shuffled(two)).value).toBeCloseTo(cohenKappa(two).value!, 12);
  });

  it('relabelling categories leaves nominal values unchanged', () => {
    const names = ['barnevern', 'NAV', 'skole', 'helsestasjon', 'politi'];
    const relabel = (t: AgreementTable): AgreementTable => ({
      coders: t.coders,
      units: t.units.map((r) => r.map((v) => (v === null ? null : names[(v as number) - 1]!))),
    });
    expect(krippendorffAlpha(relabel(table)).value).toBeCloseTo(krippendorffAlpha(table).value!, 12);
    expect(fleissKappa(relabel(complete)).value).toBeCloseTo(fleissKappa(complete).value!, 12);
    expect(cohenKappa(relabel(two)).value).toBeCloseTo(cohenKappa(two).value!, 12);
    expect(scottPi(relabel(two)).value).toBeCloseTo(scottPi(two).value!, 12);
    expect(percentAgreement(relabel(table)).value).toBeCloseTo(percentAgreement(table).value!, 12);
  });

  it('a weighted run counts as that many identical units', () => {
    const runs: AgreementTable = { coders: ['A', 'B'], units: [[1, 1], [0, 1], [0, 0]], weights: [5, 2, 7] };
    const expanded: AgreementTable = {
      coders: ['A', 'B'],
      units: runs.units.flatMap((r, u) => Array<readonly (AgreementValue | null)[]>(runs.weights![u]!).fill(r)),
    };
    for (const measure of ['percent', 'cohen', 'scott', 'fleiss', 'alpha'] as const)
      expect(measureAgreement(runs, measure).value).toBeCloseTo(measureAgreement(expanded, measure).value!, 12);
    expect(krippendorffAlpha(runs).units).toBe(14);
  });
});

describe('undefined cases are reported with a reason, never as 0 or 1', () => {
  it('no variation: everyone always says the same category', () => {
    const same: AgreementTable = { coders: ['A', 'B', 'C'], units: [[1, 1, 1], [1, 1, null], [1, 1, 1]] };
    for (const measure of ['fleiss', 'alpha'] as const)
      expect(measureAgreement(same, measure)).toMatchObject({ value: null, reason: 'no-variation' });
    expect(cohenKappa({ coders: ['A', 'B'], units: [['ja', 'ja']] })).toMatchObject({ value: null, reason: 'no-variation' });
    expect(percentAgreement(same).value).toBe(1); // percent agreement has no chance correction: 1 is right here
  });

  it('too few pairable values: no unit has two values', () => {
    const lonely: AgreementTable = { coders: ['A', 'B'], units: [[1, null], [null, 2]] };
    for (const measure of ['percent', 'cohen', 'scott', 'alpha'] as const)
      expect(measureAgreement(lonely, measure)).toMatchObject({ value: null, reason: 'too-few-pairable', pairable: 0 });
  });

  it('Cohen and Scott need two coders; Fleiss needs complete units; interval needs numbers', () => {
    expect(cohenKappa(krippendorff2011)).toMatchObject({ value: null, reason: 'needs-two-coders' });
    expect(scottPi(krippendorff2011)).toMatchObject({ value: null, reason: 'needs-two-coders' });
    expect(fleissKappa({ coders: ['A', 'B', 'C'], units: [[1, null, 2]] }).reason).toBe('needs-complete-units');
    expect(krippendorffAlpha({ coders: ['A', 'B'], units: [['lav', 'høy']] }, 'interval').reason).toBe('not-numeric');
    expect(krippendorffAlpha({ coders: ['A', 'B'], units: [[-1, 2], [3, 3]] }, 'ratio').reason).toBe('negative-ratio');
    expect(reasonSentence('no-variation')).toMatch(/^Undefined: /);
  });

  it('numeric text and numbers are the same value (a CSV "3" agrees with 3)', () => {
    const mixed: AgreementTable = { coders: ['A', 'B'], units: [['3', 3], ['1', '1.0'], [2, '4']] };
    expect(percentAgreement(mixed).value).toBeCloseTo(2 / 3, 12);
  });
});

describe('bootstrap interval for α', () => {
  it('is the same for the same seed, contains α, and narrows with more units', () => {
    const small = randomTable(11, 40, 3);
    const large = randomTable(11, 800, 3);
    const a = alphaBootstrap(small, 'nominal', { draws: 300, seed: 42 });
    const b = alphaBootstrap(small, 'nominal', { draws: 300, seed: 42 });
    expect(a).toEqual(b);
    const alpha = krippendorffAlpha(small).value!;
    expect(a.low!).toBeLessThanOrEqual(alpha);
    expect(a.high!).toBeGreaterThanOrEqual(alpha);
    const wide = alphaBootstrap(large, 'nominal', { draws: 300, seed: 42 });
    expect(wide.high! - wide.low!).toBeLessThan(a.high! - a.low!);
    expect(a.defined).toBe(300);
  });

  it('reports the share of draws below a minimum α', () => {
    const table = randomTable(12, 100, 3);
    const alpha = krippendorffAlpha(table).value!;
    expect(alphaBootstrap(table, 'nominal', { draws: 200, minimum: alpha + 0.5 }).belowMinimum).toBe(1);
    expect(alphaBootstrap(table, 'nominal', { draws: 200, minimum: -1 }).belowMinimum).toBe(0);
  });

  it('is empty (null bounds) when α is undefined', () => {
    const same: AgreementTable = { coders: ['A', 'B'], units: [[1, 1], [1, 1]] };
    expect(alphaBootstrap(same, 'nominal', { draws: 50 })).toMatchObject({ low: null, high: null, defined: 0 });
  });
});
