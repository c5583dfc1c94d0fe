import type { AnonymisationRecord, SourceOrigin } from '../model';
import type { ImportFileResult } from './import-file';

/** What a stored source keeps about the file it came from (never the file's path). */
export function sourceOrigin(
  result: ImportFileResult,
  importedAt: string,
  anonymisation: AnonymisationRecord[] = [],
): SourceOrigin {
  return {
    fileName: result.file,
    format: result.format,
    encoding: result.encoding,
    lineEndings: result.lineEndings,
    sha256: result.sha256,
    sizeBytes: result.sizeBytes,
    importedAt,
    anonymisation,
  };
}
