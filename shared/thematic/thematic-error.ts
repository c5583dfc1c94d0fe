/**
 * Why a thematic-analysis change was refused, as a code the UI translates (thematic.problems.*);
 * the English message is for logs and the CLI only.
 */
export const thematicProblems = [
  'name-required',
  'theme-missing',
  'code-missing',
  'coding-missing',
  'link-missing',
  'quote-missing',
  'self-link',
  'duplicate-link',
  /** Subthemes sit one level below a main theme: a subtheme cannot hold subthemes of its own. */
  'too-deep',
  /** A quote must come from a coding of one of the theme's codes (or of its subthemes' codes). */
  'coding-not-in-theme',
  'bad-phase',
  'bad-position',
] as const;
export type ThematicProblem = (typeof thematicProblems)[number];

export class ThematicError extends Error {
  constructor(
    readonly problem: ThematicProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ThematicError';
  }
}

export function themeMissing(): ThematicError {
  return new ThematicError('theme-missing', 'The theme is gone (deleted in the meantime).');
}

/** A theme's name as stored: trimmed, runs of spaces made one; refused when empty. */
export function cleanThemeName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new ThematicError('name-required', 'A theme needs a name.');
  return clean;
}
