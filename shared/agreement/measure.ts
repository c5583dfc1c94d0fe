import { krippendorffAlpha, type AlphaLevel } from './alpha';
import { fleissKappa } from './fleiss';
import { percentAgreement } from './percent';
import type { AgreementResult } from './result';
import type { AgreementTable } from './table';
import { cohenKappa, scottPi } from './two-coder';

/** The measures over a units × coders table (unitized α works on ranges: unitized-alpha.ts). */
export type AgreementMeasure = 'percent' | 'cohen' | 'scott' | 'fleiss' | 'alpha';
export const agreementMeasures: readonly AgreementMeasure[] = ['percent', 'cohen', 'scott', 'fleiss', 'alpha'];

/** One measure on a table; `level` matters for α only (the others compare categories). */
export function measureAgreement(
  table: AgreementTable,
  measure: AgreementMeasure,
  level: AlphaLevel = 'nominal',
): AgreementResult {
  switch (measure) {
    case 'percent':
      return percentAgreement(table);
    case 'cohen':
      return cohenKappa(table);
    case 'scott':
      return scottPi(table);
    case 'fleiss':
      return fleissKappa(table);
    case 'alpha':
      return krippendorffAlpha(table, level);
  }
}
