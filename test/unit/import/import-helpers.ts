import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { ImportError, importFile, type ImportFileResult, type ImportOptions, type ImportedSource } from '../../../shared/import';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

export function importBytes(fileName: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportFileResult> {
  return importFile({ fileName, bytes, ...(options ? { options } : {}) }, nodeImportEnvironment);
}

export function importText(fileName: string, text: string, options?: ImportOptions): Promise<ImportFileResult> {
  return importBytes(fileName, utf8(text), options);
}

/** Message bodies as the user sees them: what the offsets select. */
export function bodies(source: ImportedSource): string[] {
  return source.messages.map((m) => source.text.slice(m.start, m.end));
}

/** The invariant every parser keeps: offsets in range, in order, not overlapping. */
export function expectOrderedOffsets(source: ImportedSource): void {
  let previousEnd = 0;
  for (const m of source.messages) {
    if (!(m.start >= previousEnd && m.start <= m.end && m.end <= source.text.length)) {
      throw new Error(`bad offsets ${m.start}-${m.end} after ${previousEnd} in text of length ${source.text.length}`);
    }
    previousEnd = m.end;
  }
}

/** A committed file from test/fixtures/import/. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

/** The ImportError an import fails with (the test fails if it does not). */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}
