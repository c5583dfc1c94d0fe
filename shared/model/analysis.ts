import type { Authored, Entity, Id } from './entity';

/** The two guided methods (../shared/METHODS.md): Malterud's systematic text condensation and Braun & Clarke's reflexive thematic analysis. */
export type AnalysisMethod = 'stc' | 'thematic';

/** STC has four steps, thematic analysis six phases; numbered from 1 in the method's own order. */
export const stcSteps = [1, 2, 3, 4] as const;
export const thematicPhases = [1, 2, 3, 4, 5, 6] as const;

export type StepState = 'not-started' | 'in-progress' | 'done';

/**
 * Where one step of one method stands. A step that is done can be reopened (back to in progress);
 * no step locks another: researchers move back and forth. Absent row = not started.
 * The id is derived (`step:<projectId>:<method>:<n>`), so two replicas marking the same step make the same row.
 */
export interface AnalysisStep extends Entity {
  projectId: Id;
  method: AnalysisMethod;
  step: number;
  state: StepState;
}

/**
 * A researcher has read a source through (STC step 1, thematic phase 1: familiarisation).
 * The id is derived (`read:<sourceId>`); removing the row marks the source unread again.
 */
export interface ReadMark extends Entity, Authored {
  projectId: Id;
  sourceId: Id;
}

/** The id of a step's row: derived, so every replica and every restore names the same step the same way. */
export function analysisStepId(projectId: Id, method: AnalysisMethod, step: number): Id {
  return `step:${projectId}:${method}:${step}`;
}

/** The id of a source's read mark: derived from the source, one per source. */
export function readMarkId(sourceId: Id): Id {
  return `read:${sourceId}`;
}
