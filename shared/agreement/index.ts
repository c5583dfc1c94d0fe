export { alphaLevels, alphaOf, krippendorffAlpha, preparePairable, type AlphaLevel, type PairableUnits } from './alpha';
export { alphaBootstrap, type AlphaInterval, type BootstrapOptions } from './bootstrap';
export { fleissKappa } from './fleiss';
export { agreementMeasures, measureAgreement, type AgreementMeasure } from './measure';
export { percentAgreement } from './percent';
export { seededRandom } from './prng';
export { reasonSentence, undefinedResult, type AgreementResult, type UndefinedReason } from './result';
export { presentValues, type AgreementTable, type AgreementValue } from './table';
export { cohenKappa, scottPi } from './two-coder';
