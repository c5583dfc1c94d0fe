import { describe, expect, it } from 'vitest';
import { ImportError, type ImportFileResult } from '../../../shared/import';
import { hostileFiles, markupInText, type HostileFile } from '../../fixtures/hostile/hostile-files';
import { expectOrderedOffsets, importBytes } from '../import/import-helpers';

/**
 * Issue #11, "a file must never take the app down": every hostile file either imports to a sane
 * result or is refused with an ImportError that names it. Never another exception (the UI would
 * show "internal"), never a hang (the test would time out), never running out of memory (the
 * test worker would die). The files are built in memory by test/fixtures/hostile/.
 */

/**
 * What any imported result must be, however odd the file: offsets true, text normalised. Problems
 * are collected and compared once: an expect per message of a 500,000-row file costs seconds.
 */
function expectSane(result: ImportFileResult, file: HostileFile): void {
  expect(result.file).toBe(file.fileName);
  expect(result.sources.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const [i, source] of result.sources.entries()) {
    if (source.text.includes('\r')) problems.push(`source ${i}: a carriage return survived normalising`);
    try {
      expectOrderedOffsets(source);
    } catch (error) {
      problems.push(`source ${i}: ${(error as Error).message}`);
    }
    const odd = source.messages.findIndex((m) => typeof m.speaker !== 'string' || !(m.line >= 1));
    if (odd !== -1) problems.push(`source ${i}, message ${odd}: no speaker text or no line`);
  }
  expect(problems).toEqual([]);
}

/** What a few rows must also show beyond sanity. */
const alsoCheck: Record<string, (result: ImportFileResult, bytes: Uint8Array) => void> = {
  'en-linje.txt': (result, bytes) => {
    // Nothing of the 50 MB line is lost or duplicated.
    expect(result.sources.reduce((n, s) => n + s.text.length, 0)).toBe(new TextDecoder().decode(bytes).length);
  },
  'stor-logg.csv': (result) => {
    expect(result.sources).toHaveLength(50_000);
    expect(result.sources.reduce((n, s) => n + s.messages.length, 0)).toBe(500_000);
  },
  'blandet.txt': (result) => {
    expect(result.lineEndings).toBe('mixed');
    expect(result.sources[0]!.messages.map((m) => m.speaker)).toEqual(['Bruker', 'Veileder', 'Bruker']);
  },
  'langt-navn.txt': (result, bytes) => {
    expect(result.sources.reduce((n, s) => n + s.text.length, 0)).toBe(bytes.length);
  },
};

/** Markup in a file is text, kept as written: escaping it is the view's job, not the import's. */
function expectMarkupKept(result: ImportFileResult): void {
  const everything = result.sources.map((s) => [s.text, ...s.messages.map((m) => m.speaker)].join('\n')).join('\n');
  for (const markup of markupInText) expect(everything).toContain(markup);
}

describe('hostile files: importFile returns a sane result or throws ImportError', () => {
  it.each(hostileFiles)(
    '$what ($fileName)',
    async (file) => {
      const bytes = file.make();
      const settled = await importBytes(file.fileName, bytes).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );

      if ('error' in settled) {
        expect(settled.error).toBeInstanceOf(ImportError);
        const error = settled.error as ImportError;
        expect(error.message).toContain(`"${file.fileName}"`);
        if (file.outcome === 'import') throw new Error(`expected a result, got: ${error.message}`);
        if (file.outcome !== 'either') {
          expect(error.reason).toBe(file.outcome.reason);
          if (file.outcome.code) expect(error.code).toBe(file.outcome.code);
        }
        return;
      }

      const { result } = settled;
      if (typeof file.outcome === 'object')
        throw new Error(`expected ${file.outcome.reason}, got a ${result.format} result`);
      expectSane(result, file);
      alsoCheck[file.fileName]?.(result, bytes);
      if (file.fileName.startsWith('skript.')) expectMarkupKept(result);
    },
    60_000,
  );
});
