import type { Code } from '../model';

/** Number keys 1–9 and 0 code with pinned codes, so there can be at most ten. */
export const maxPinnedCodes = 10;

/** The fields a person edits in the codebook. */
export type CodeFields = Pick<
  Code,
  'name' | 'shortName' | 'color' | 'definition' | 'inclusion' | 'exclusion' | 'typicalExample' | 'atypicalExample' | 'pinned'
>;

export type CodebookProblem = 'name-required' | 'pin-limit' | 'cycle' | 'missing' | 'same-code' | 'nothing-chosen';

/** A refused codebook change, with a reason the UI can put in words. */
export class CodebookError extends Error {
  constructor(
    readonly problem: CodebookProblem,
    message: string,
  ) {
    super(message);
    this.name = 'CodebookError';
  }
}

/** A code's name as stored: trimmed, inner runs of spaces made one; refused when empty. */
export function cleanCodeName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new CodebookError('name-required', 'A code needs a name.');
  return trimmed;
}

export function codeMissing(): CodebookError {
  return new CodebookError('missing', 'The code is gone (deleted or merged in the meantime).');
}

export function pinLimit(): CodebookError {
  return new CodebookError('pin-limit', `At most ${maxPinnedCodes} codes can be pinned.`);
}
