export * from './result';
export type { ImportEnvironment, DecodeBytes, Sha256, ExtractPdfText } from './environment';
export type { ImportFormat, ImportOptions, ParseOptions } from './options';
export { importFormats } from './options';
export { importFile, readTableFile, maxImportBytes, type ImportFileInput, type ImportFileResult } from './import-file';
export {
  detectEncoding,
  describeEncoding,
  isUnsupportedEncoding,
  type DetectedEncoding,
  type TextEncodingName,
} from './encoding';
export { looksBinary, sniffBinary, isDocxZip, type BinarySignature } from './binary';
export { detectLineEndings, normaliseText } from './normalise';
export { parseDelay, isUnderstood } from './delays';
export {
  defaultSpeakerRoles,
  listSpeakers,
  roleForLabel,
  speakerRoles,
  isSpeakerRole,
  type RoleOverrides,
  type SpeakerSummary,
} from './speakers';
export { parseDialogue } from './dialogue';
export { parseTranscript } from './transcript';
export { parseWebVtt } from './webvtt';
export { parseSubRip } from './subrip';
export { extractDocxText } from './docx';
export { readCsv, type Table, type TableRow } from './csv';
export { readXlsx, isXlsxZip, type XlsxTable } from './xlsx';
export { extractPdfTextWith, pageText, PdfReadError, type PdfText, type PdfTextItem, type PdfjsModule } from './pdf-text';
export { readPdfText } from './pdf';
export { columnFields, guessColumnMapping, parseTable, type ColumnMapping } from './table';
export { detectTextFormat, looksLikeDialogue, formatFromExtension } from './detect-format';
export {
  caseKey,
  guessKeyColumn,
  matchCaseAttributes,
  type CaseAttributeMatch,
  type CaseSource,
  type UnmatchedRow,
} from './case-attributes';
