export { alphaLevels, alphaOf, krippendorffAlpha, preparePairable, type AlphaLevel, type PairableUnits } from './alpha';
export { alphaBootstrap, type AlphaInterval, type BootstrapOptions } from './bootstrap';
export { fleissKappa } from './fleiss';
export { agreementMeasures, measureAgreement, type AgreementMeasure } from './measure';
export { percentAgreement } from './percent';
export { seededRandom } from './prng';
export { reasonSentence, undefinedResult, type AgreementResult, type UndefinedReason } from './result';
export { presentValues, type AgreementTable, type AgreementValue } from './table';
export { cohenKappa, scottPi } from './two-coder';
export { unitizedAlpha, type UnitizedSection, type UnitRange } from './unitized-alpha';
export { unitizedDisagreement } from './unitized-alpha';
export {
  chosenCodes,
  projectAgreement,
  projectMeasures,
  unitizedSections,
  type CodeAgreement,
  type ProjectAgreement,
  type ProjectAgreementInput,
  type ProjectAgreementOptions,
  type ProjectMeasure,
} from './project';
export {
  codeUnitTable,
  coderRanges,
  indexCodings,
  mergeSpans,
  type AgreementCoding,
  type AgreementSource,
  type CodeUnitTable,
  type CodingIndex,
  type UnitPlace,
} from './project-table';
export { agreementUnitKinds, paragraphSpans, sentenceSpans, unitSpans, type AgreementUnitKind } from './units';
export { readAgreementCsv, type CsvTableResult } from './csv-table';
