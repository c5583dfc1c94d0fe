import type { Authored, Entity, Id } from './entity';

/**
 * Systematic text condensation (Malterud 2012), as plain rows. The trail runs
 * analytic text → code group → subgroup (condensate, golden quotes) → meaning unit → source offsets.
 * Rich texts are stored as serialised Lexical state (`content`) with the plain text beside it
 * (`plainText`) for search, counts and reports, as memos are.
 */

/** Step 1: a preliminary theme noted while reading, a short memo. Code groups are derived from them. */
export interface PreliminaryTheme extends Entity, Authored {
  projectId: Id;
  name: string;
  note: string;
  order: number;
}

/**
 * Step 2: a text fragment that carries meaning about the research question. Offsets are UTF-16
 * units into the source's current text, end exclusive, and move with typo fixes like codings do.
 * `codingId` names the coding it was taken in from, if any (the coding may later change or go; the unit stays).
 */
export interface MeaningUnit extends Entity, Authored {
  projectId: Id;
  sourceId: Id;
  start: number;
  end: number;
  codingId: Id | null;
}

/** Step 2: a code group, derived from preliminary themes (`themeIds`), renamable, mergeable, splittable. */
export interface CodeGroup extends Entity, Authored {
  projectId: Id;
  name: string;
  order: number;
  themeIds: Id[];
}

/**
 * A meaning unit sorted into a code group (a unit may sit in several groups), and within that group
 * into at most one subgroup (step 3); `subgroupId` null = not yet sorted into a subgroup.
 */
export interface Placement extends Entity {
  projectId: Id;
  meaningUnitId: Id;
  codeGroupId: Id;
  subgroupId: Id | null;
}

/** Step 3: one of the 2–4 subgroups of a code group, with its condensate (an artificial first-person quotation). */
export interface Subgroup extends Entity, Authored {
  projectId: Id;
  codeGroupId: Id;
  name: string;
  order: number;
  /** The condensate: serialised Lexical state and its plain text. */
  content: string;
  plainText: string;
}

/**
 * Step 3: a verbatim quotation chosen to illustrate a subgroup: a meaning unit, or part of one,
 * always with its own source offsets (which move with typo fixes) so the quote can be shown in place.
 */
export interface GoldenQuote extends Entity, Authored {
  projectId: Id;
  subgroupId: Id;
  meaningUnitId: Id;
  sourceId: Id;
  start: number;
  end: number;
  order: number;
}

/**
 * Step 4: the analytic text of one code group (one per group): heading and text built from the
 * condensates, how the findings meet theory, and which sources have been re-read against it
 * (recontextualisation checklist).
 */
export interface AnalyticText extends Entity, Authored {
  projectId: Id;
  codeGroupId: Id;
  heading: string;
  content: string;
  plainText: string;
  theory: string;
  recontextualised: Id[];
}
