import type { LineEndings } from '../model';
import { isDocxZip, sniffBinary, type BinarySignature } from './binary';
import { readCsv } from './csv';
import { detectTextFormat, extensionOf, looksLikeDialogue } from './detect-format';
import { parseDialogue } from './dialogue';
import { extractDocxText } from './docx';
import { describeEncoding, detectEncoding, isUnsupportedEncoding, type DetectedEncoding } from './encoding';
import type { ImportEnvironment } from './environment';
import { detectLineEndings, normaliseText, removeNul } from './normalise';
import type { ImportFormat, ImportOptions, ParseOptions } from './options';
import { readPdfText } from './pdf';
import { ImportError, type ImportErrorCode, type ImportResult, type ImportWarning } from './result';
import { parseSubRip } from './subrip';
import { guessColumnMapping, parseTable, requireColumnMapping, type ColumnMapping } from './table';
import type { Table } from './csv';
import { parseTranscript } from './transcript';
import { parseWebVtt } from './webvtt';
import { isXlsxZip, readXlsx } from './xlsx';

/** Largest file imported; matches what the main process will read for the renderer. */
export const maxImportBytes = 200 * 1024 * 1024;

export interface ImportFileInput {
  fileName: string;
  bytes: Uint8Array;
  options?: ImportOptions;
}

export interface ImportFileResult extends ImportResult {
  file: string;
  /** e.g. 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE', 'windows-1252'. */
  encoding: string;
  lineEndings: LineEndings;
  sha256: string;
  sizeBytes: number;
}

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

const imageFormats: Partial<Record<BinarySignature['kind'], string>> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF' };

/** The code for a file that is not text, by what it turned out to be (and what its name promised). */
function binaryCode(fileName: string, kind: BinarySignature['kind']): ImportErrorCode {
  const extension = extensionOf(fileName);
  if (kind !== 'ole' && kind !== 'rtf' && kind !== 'pdf') {
    if (extension === 'docx') return 'docx-damaged';
    if (extension === 'xlsx') return 'xlsx-damaged';
  }
  const codes: Record<BinarySignature['kind'], ImportErrorCode> = {
    zip: 'zip-not-document',
    pdf: 'binary-pdf',
    png: 'binary-image',
    jpeg: 'binary-image',
    gif: 'binary-image',
    ole: 'office-legacy',
    gzip: 'binary-archive',
    rtf: 'rtf-document',
    executable: 'binary-program',
    binary: 'binary-file',
  };
  return codes[kind];
}

function binaryError(fileName: string, signature: BinarySignature): ImportError {
  const code = binaryCode(fileName, signature.kind);
  const params = { file: fileName, ...(imageFormats[signature.kind] ? { format: imageFormats[signature.kind]! } : {}) };
  if (code === 'docx-damaged' || code === 'xlsx-damaged') {
    const [what, app] = code === 'docx-damaged' ? ['a Word document', 'Word'] : ['an Excel workbook', 'Excel'];
    const hint = `Open it in ${app}: if it opens, save it again as .${extensionOf(fileName)} and import the new file; if not, use an earlier copy.`;
    return new ImportError('malformed', `"${fileName}" is not ${what} Kodebok can read: it is damaged, or it is another kind of file with a .${extensionOf(fileName)} name. ${hint}`, { hint, code, params });
  }
  const what = `"${fileName}" is ${signature.description}, not a text file.`;
  const hints: Partial<Record<BinarySignature['kind'], string>> = {
    ole: 'Open it in Word or Excel and save it as .docx or .xlsx, then import the new file. (Password-protected Word and Excel files are stored this way too: remove the password first.)',
    zip: 'It is not a Word document (.docx) or an Excel workbook (.xlsx). If it holds transcripts, unpack it and import the files inside.',
    rtf: 'Open it in Word and save it as .docx or plain text (.txt), then import the new file.',
  };
  const hint =
    hints[signature.kind] ?? 'Import transcripts and dialogues as .txt, .docx, .pdf, .vtt, .srt, .csv or .xlsx.';
  return new ImportError(signature.kind === 'rtf' ? 'unsupported-format' : 'binary-file', `${what} ${hint}`, {
    hint,
    code,
    params,
  });
}

function decodeText(
  fileName: string,
  bytes: Uint8Array,
  env: ImportEnvironment,
): { text: string; encoding: DetectedEncoding; warnings: ImportWarning[] } {
  const detected = detectEncoding(bytes);
  if (isUnsupportedEncoding(detected)) {
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" looks like it is in the ${detected.unsupported} encoding, which Kodebok cannot read. Open it in a text editor and save it as UTF-8, then import it again.`,
      { code: 'encoding-unsupported', params: { file: fileName, encoding: detected.unsupported } },
    );
  }
  const body = bytes.subarray(detected.bomLength);
  if (detected.encoding.startsWith('UTF-16') && body.length % 2 !== 0) {
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" claims to be ${detected.encoding} but has an odd number of bytes, so it is damaged or not UTF-16. Save it again as UTF-8 and import it again.`,
      { code: 'encoding-utf16-odd', params: { file: fileName, encoding: detected.encoding } },
    );
  }
  let decoded: string;
  try {
    decoded = env.decode(body, detected.encoding);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" could not be decoded as ${detected.encoding} (${detail}). Save it as UTF-8 and import it again.`,
      { code: 'encoding-undecodable', params: { file: fileName, encoding: detected.encoding } },
    );
  }
  const warnings: ImportWarning[] = [];
  if (detected.guessed) {
    warnings.push({
      code: 'encoding-guessed',
      line: null,
      message: `The file is not UTF-8 and has no byte-order mark; it was read as ${detected.encoding}. Check that æ, ø and å look right; if not, save the file as UTF-8 and import it again.`,
      params: { encoding: detected.encoding },
    });
  }
  if (detected.invalidUtf8) warnings.push(invalidUtf8Warning(detected.invalidUtf8));
  return { text: decoded, encoding: detected, warnings };
}

/** Names the lines of the first few bad sequences and counts them all. */
function invalidUtf8Warning({ count, lines, moreLines }: NonNullable<DetectedEncoding['invalidUtf8']>): ImportWarning {
  const where = lines.join(', ');
  return {
    code: 'invalid-utf8',
    line: lines[0] ?? null,
    message: `${count === 1 ? 'One byte sequence is' : `${count} byte sequences are`} not valid UTF-8 (${lines.length === 1 ? 'line' : 'lines'} ${where}${moreLines ? ' and later' : ''}); each was replaced by "\uFFFD". The rest of the file was read as UTF-8. Check those lines against the original.`,
    params: { lines: where, count },
  };
}

/**
 * The text as it will be stored (LF line endings, no BOM, no NUL characters) and a warning when
 * NULs were taken out.
 */
function storedText(raw: string): { text: string; warnings: ImportWarning[] } {
  const { text, count, lines, moreLines } = removeNul(normaliseText(raw));
  if (count === 0) return { text, warnings: [] };
  const where = lines.join(', ');
  return {
    text,
    warnings: [
      {
        code: 'nul-removed',
        line: lines[0] ?? null,
        message: `${count === 1 ? 'One NUL character was' : `${count} NUL characters were`} removed (${lines.length === 1 ? 'line' : 'lines'} ${where}${moreLines ? ' and later' : ''}). They are not text; the file may be damaged or half converted, so check those lines against the original.`,
        params: { lines: where, count },
      },
    ],
  };
}

function parseText(
  format: ImportFormat,
  text: string,
  options: ParseOptions & { fileName: string; columnMapping?: ImportOptions['columnMapping'] },
): ImportResult {
  switch (format) {
    case 'dialogue-txt':
      return parseDialogue(text, options);
    case 'transcript-txt':
      return parseTranscript(text, options);
    case 'vtt':
      return parseWebVtt(text, options);
    case 'srt':
      return parseSubRip(text, options);
    case 'csv':
      return parseMappedTable(readCsv(text, options.fileName), options);
    case 'docx':
    case 'pdf':
    case 'xlsx':
      throw new Error(`${format} is read from bytes, not text`);
  }
}

function parseMappedTable(
  table: Table,
  options: ParseOptions & { fileName: string; columnMapping?: ColumnMapping },
): ImportResult {
  const mapping =
    options.columnMapping ?? requireColumnMapping(table.headers, guessColumnMapping(table.headers), options.fileName);
  return parseTable(table, mapping, options);
}

/** Text taken out of a document (Word, PDF): dialogue threads if it reads like them, else a transcript. */
function parseDocumentText(text: string, options: ParseOptions): ImportResult {
  return looksLikeDialogue(text, options.roleOverrides) ? parseDialogue(text, options) : parseTranscript(text, options);
}

function emptyFileError(fileName: string): ImportError {
  return new ImportError(
    'empty-file',
    `"${fileName}" is empty. Choose the file that holds the transcript or dialogue text.`,
    { code: 'empty-file', params: { file: fileName } },
  );
}

/**
 * A CSV or Excel file as a Table, for tables beside the sources (case attributes): the same
 * checks, encoding detection and readers as an imported table, without the message mapping.
 */
export function readTableFile(fileName: string, bytes: Uint8Array, env: ImportEnvironment): Table {
  if (bytes.length === 0) throw emptyFileError(fileName);
  if (isXlsxZip(bytes)) return readXlsx(bytes, fileName);
  const signature = sniffBinary(bytes);
  if (signature) throw binaryError(fileName, signature);
  return readCsv(storedText(decodeText(fileName, bytes, env).text).text, fileName);
}

/**
 * Reads one file the user picked: checks size and type, detects encoding and format, parses,
 * and records what it found (encoding, line endings, SHA-256) for the source's origin.
 * Throws ImportError with a message that names the file and says what to do.
 */
export async function importFile(input: ImportFileInput, env: ImportEnvironment): Promise<ImportFileResult> {
  const { fileName, bytes } = input;
  const options = input.options ?? {};
  if (bytes.length === 0) throw emptyFileError(fileName);
  if (bytes.length > maxImportBytes) {
    const mb = Math.round(bytes.length / 1024 / 1024);
    throw new ImportError(
      'too-large',
      `"${fileName}" is ${mb} MB; the largest file Kodebok imports is 200 MB. Split it into smaller files (for example one per thread or interview) and import those.`,
      { code: 'file-too-large', params: { file: fileName, sizeMb: mb, limitMb: maxImportBytes / 1024 / 1024 } },
    );
  }
  const parseOptions = {
    title: options.title ?? titleFromFileName(fileName),
    roleOverrides: options.roleOverrides,
    fileName,
    columnMapping: options.columnMapping,
  };

  let result: ImportResult;
  let encoding: string;
  let lineEndings: LineEndings;
  const detected = options.format ?? (isDocxZip(bytes) ? 'docx' : isXlsxZip(bytes) ? 'xlsx' : null);
  if (detected === 'docx') {
    const docx = await extractDocxText(bytes, fileName);
    const { text, warnings } = storedText(docx.text);
    if (text.trim() === '') throw emptyFileError(fileName);
    const parsed = parseDocumentText(text, parseOptions);
    result = { ...parsed, format: 'docx', warnings: [...docx.warnings, ...warnings, ...parsed.warnings] };
    encoding = 'UTF-8';
    lineEndings = detectLineEndings(docx.text);
  } else if (detected === 'xlsx') {
    const table = readXlsx(bytes, fileName);
    const parsed = parseMappedTable(table, parseOptions);
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
    result = { ...parsed, format: 'xlsx', warnings: [...others, ...parsed.warnings] };
    encoding = 'UTF-8';
    lineEndings = 'none';
  } else if (detected === 'pdf' || (options.format === undefined && sniffBinary(bytes)?.kind === 'pdf')) {
    const pdf = await readPdfText(bytes, fileName, env);
    const { text, warnings } = storedText(pdf.text);
    const parsed = parseDocumentText(text, parseOptions);
    result = { ...parsed, format: 'pdf', warnings: [...pdf.warnings, ...warnings, ...parsed.warnings] };
    encoding = 'PDF text layer';
    lineEndings = detectLineEndings(pdf.text);
  } else {
    const signature = sniffBinary(bytes);
    if (signature) throw binaryError(fileName, signature);
    const decoded = decodeText(fileName, bytes, env);
    const { text, warnings } = storedText(decoded.text);
    if (text.trim() === '') throw emptyFileError(fileName);
    const format = options.format ?? detectTextFormat(fileName, text, options.roleOverrides);
    const parsed = parseText(format, text, parseOptions);
    result = { ...parsed, warnings: [...decoded.warnings, ...warnings, ...parsed.warnings] };
    encoding = describeEncoding(decoded.encoding);
    lineEndings = detectLineEndings(decoded.text);
  }
  return { ...result, file: fileName, encoding, lineEndings, sha256: await env.sha256(bytes), sizeBytes: bytes.length };
}
