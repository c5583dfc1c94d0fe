/**
 * One reader per kind of file, in the order they are tried: adding a format is one entry in
 * {@link formatReaders}. Each reader says whether bytes look like its kind and turns them into an
 * ImportResult with the encoding and line endings it found, for the source's origin.
 */
import type { LineEndings } from '../model';
import { isDocxZip, sniffBinary } from './binary';
import { readCsv, type Table } from './csv';
import { decodeText, storedText } from './decode-text';
import { detectTextFormat, looksLikeDialogue } from './detect-format';
import { parseDialogue } from './dialogue';
import { extractDocxText } from './docx';
import { describeEncoding } from './encoding';
import type { ImportEnvironment } from './environment';
import { binaryError, emptyFileError } from './file-errors';
import { detectLineEndings } from './normalise';
import type { ImportFormat, ImportOptions, ParseOptions } from './options';
import { readPdfText } from './pdf';
import type { ImportResult, ImportWarning } from './result';
import { parseSubRip } from './subrip';
import { guessColumnMapping, parseTable, requireColumnMapping, type ColumnMapping } from './table';
import { parseTranscript } from './transcript';
import { parseWebVtt } from './webvtt';
import { isXlsxZip, readXlsx } from './xlsx';

/** What a reader gets beyond the bytes: the title, the file's name, and the user's choices. */
export interface ReadOptions extends ParseOptions {
  fileName: string;
  /** The format the user chose, if any; detection is skipped then. */
  format?: ImportFormat;
  columnMapping?: ColumnMapping;
}

export interface FileReading {
  result: ImportResult;
  /** e.g. 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE', 'windows-1252', 'PDF text layer'. */
  encoding: string;
  lineEndings: LineEndings;
}

export interface FormatReader {
  /** The formats a user may choose that this reader reads. */
  formats: readonly ImportFormat[];
  /** Whether the bytes are this reader's kind of file, when the user chose no format. */
  detect(bytes: Uint8Array, fileName: string): boolean;
  read(bytes: Uint8Array, options: ReadOptions, env: ImportEnvironment): Promise<FileReading>;
}

function parseMappedTable(table: Table, options: ReadOptions): ImportResult {
  const mapping =
    options.columnMapping ?? requireColumnMapping(table.headers, guessColumnMapping(table.headers), options.fileName);
  return parseTable(table, mapping, options);
}

/** Text taken out of a document (Word, PDF): dialogue threads if it reads like them, else a transcript. */
function parseDocumentText(text: string, options: ParseOptions): ImportResult {
  return looksLikeDialogue(text, options.roleOverrides) ? parseDialogue(text, options) : parseTranscript(text, options);
}

type TextFormat = Exclude<ImportFormat, 'docx' | 'pdf' | 'xlsx'>;

const textParsers: Record<TextFormat, (text: string, options: ReadOptions) => ImportResult> = {
  'dialogue-txt': parseDialogue,
  'transcript-txt': parseTranscript,
  vtt: parseWebVtt,
  srt: parseSubRip,
  csv: (text, options) => parseMappedTable(readCsv(text, options.fileName), options),
};

const docxReader: FormatReader = {
  formats: ['docx'],
  detect: (bytes) => isDocxZip(bytes),
  async read(bytes, options) {
    const docx = await extractDocxText(bytes, options.fileName);
    const { text, warnings } = storedText(docx.text);
    if (text.trim() === '') throw emptyFileError(options.fileName);
    const parsed = parseDocumentText(text, options);
    return {
      result: { ...parsed, format: 'docx', warnings: [...docx.warnings, ...warnings, ...parsed.warnings] },
      encoding: 'UTF-8',
      lineEndings: detectLineEndings(docx.text),
    };
  },
};

const xlsxReader: FormatReader = {
  formats: ['xlsx'],
  detect: (bytes) => isXlsxZip(bytes),
  async read(bytes, options) {
    const table = readXlsx(bytes, options.fileName);
    const parsed = parseMappedTable(table, options);
    const others: ImportWarning[] =
      table.otherSheets.length === 0
        ? []
        : [
            {
              code: 'xlsx-other-sheets',
              line: null,
              message: `Only the sheet "${table.sheet}" was read; the workbook also has ${table.otherSheets.map((n) => `"${n}"`).join(', ')}. To import another sheet, move it first or save it as its own file.`,
              params: { sheet: table.sheet, others: table.otherSheets.join(', '), count: table.otherSheets.length },
            },
          ];
    return {
      result: { ...parsed, format: 'xlsx', warnings: [...others, ...parsed.warnings] },
      encoding: 'UTF-8',
      lineEndings: 'none',
    };
  },
};

const pdfReader: FormatReader = {
  formats: ['pdf'],
  detect: (bytes) => sniffBinary(bytes)?.kind === 'pdf',
  async read(bytes, options, env) {
    const pdf = await readPdfText(bytes, options.fileName, env);
    const { text, warnings } = storedText(pdf.text);
    const parsed = parseDocumentText(text, options);
    return {
      result: { ...parsed, format: 'pdf', warnings: [...pdf.warnings, ...warnings, ...parsed.warnings] },
      encoding: 'PDF text layer',
      lineEndings: detectLineEndings(pdf.text),
    };
  },
};

/** Plain text in any of its shapes; the last resort, so it refuses anything that is not text. */
const textReader: FormatReader = {
  formats: Object.keys(textParsers) as TextFormat[],
  detect: () => true,
  async read(bytes, options, env) {
    const signature = sniffBinary(bytes);
    if (signature) throw binaryError(options.fileName, signature);
    const decoded = decodeText(options.fileName, bytes, env);
    const { text, warnings } = storedText(decoded.text);
    if (text.trim() === '') throw emptyFileError(options.fileName);
    const format = options.format ?? detectTextFormat(options.fileName, text, options.roleOverrides);
    if (!(format in textParsers)) throw new Error(`${format} is read from bytes, not text`);
    const parsed = textParsers[format as TextFormat](text, options);
    return {
      result: { ...parsed, warnings: [...decoded.warnings, ...warnings, ...parsed.warnings] },
      encoding: describeEncoding(decoded.encoding),
      lineEndings: detectLineEndings(decoded.text),
    };
  },
};

/** Tried in this order when the user chose no format: Word and Excel are both zips, PDF before text. */
export const formatReaders: readonly FormatReader[] = [docxReader, xlsxReader, pdfReader, textReader];

/** The reader for the format the user chose, or else the first that recognises the bytes. */
export function readerFor(bytes: Uint8Array, fileName: string, options: Pick<ImportOptions, 'format'>): FormatReader {
  const chosen = options.format;
  const reader = chosen
    ? formatReaders.find((r) => r.formats.includes(chosen))
    : formatReaders.find((r) => r.detect(bytes, fileName));
  // The text reader detects everything, so only an unknown chosen format can get here.
  if (!reader) throw new Error(`No reader for format ${chosen}`);
  return reader;
}
