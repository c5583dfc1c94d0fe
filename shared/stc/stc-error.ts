/**
 * Why an STC change was refused: a code the UI translates (`stc.error.<problem>`), never shown raw.
 * Refusals that only need a yes from the user (golden quotes would go) are not errors: those plans
 * answer with a {@link NeedsConfirmation} value instead.
 */
export type StcProblem =
  | 'missing'
  | 'name-required'
  | 'range-invalid'
  | 'step-invalid'
  | 'same-group'
  | 'nothing-chosen'
  | 'not-in-group'
  | 'order-stale';

export class StcError extends Error {
  constructor(
    readonly problem: StcProblem,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`STC change refused: ${problem}`);
    this.name = 'StcError';
  }
}

/** A row the change is about is gone (deleted, merged or undone in another window). */
export function stcMissing(what: string): StcError {
  return new StcError('missing', { what });
}

/** A name as stored: trimmed, inner runs of spaces made one; refused when empty. */
export function cleanStcName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new StcError('name-required');
  return clean;
}
