import type { LineEndings } from '../model';
import { sniffBinary } from './binary';
import { readCsv, type Table } from './csv';
import { decodeText, storedText } from './decode-text';
import type { ImportEnvironment } from './environment';
import { binaryError, emptyFileError } from './file-errors';
import { readerFor, type ReadOptions } from './format-readers';
import type { ImportOptions } from './options';
import { ImportError, type ImportResult } from './result';
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
  const readOptions: ReadOptions = {
    title: options.title ?? titleFromFileName(fileName),
    roleOverrides: options.roleOverrides,
    fileName,
    format: options.format,
    columnMapping: options.columnMapping,
  };
  const reader = readerFor(bytes, fileName, options);
  const { result, encoding, lineEndings } = await reader.read(bytes, readOptions, env);
  return { ...result, file: fileName, encoding, lineEndings, sha256: await env.sha256(bytes), sizeBytes: bytes.length };
}
