import { analysisStepId, stcSteps, thematicPhases } from '../model';
import type { AnalysisMethod, AnalysisStep, PlanContext, Planned, StepState } from '../model';
import type { StcRows } from './rows';
import { StcError } from './stc-error';

export interface StepStateInput {
  method: AnalysisMethod;
  step: number;
  state: StepState;
}

const stepsOf: Record<AnalysisMethod, readonly number[]> = { stc: stcSteps, thematic: thematicPhases };

/** Where a step stands: its row's state, or not started when there is no row. */
export function stepState(rows: Pick<StcRows, 'projectId' | 'analysisSteps'>, method: AnalysisMethod, step: number): StepState {
  const id = analysisStepId(rows.projectId, method, step);
  return rows.analysisSteps.find((s) => s.id === id)?.state ?? 'not-started';
}

/**
 * Sets a step to not started, in progress or done. No step locks another: any state may follow any
 * other. The row's id is derived, so setting it twice (or on two replicas) touches one row.
 */
export function planStepState(
  rows: Pick<StcRows, 'projectId' | 'analysisSteps'>,
  input: StepStateInput,
  at: PlanContext,
): Planned<AnalysisStep> {
  if (!stepsOf[input.method].includes(input.step)) throw new StcError('step-invalid', { step: input.step });
  const id = analysisStepId(rows.projectId, input.method, input.step);
  const existing = rows.analysisSteps.find((s) => s.id === id);
  if (existing) {
    if (existing.state === input.state) return { writes: [], value: existing };
    const patch = { state: input.state, updatedAt: at.now };
    return {
      writes: [{ op: 'update', table: 'analysisSteps', projectId: rows.projectId, key: id, patch }],
      value: { ...existing, ...patch },
    };
  }
  const row: AnalysisStep = {
    id,
    projectId: rows.projectId,
    method: input.method,
    step: input.step,
    state: input.state,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'analysisSteps', projectId: rows.projectId, row }], value: row };
}

/** Reopens a step that is done: back to in progress, its work untouched. A step not done is left as it is. */
export function planReopenStep(
  rows: Pick<StcRows, 'projectId' | 'analysisSteps'>,
  input: { method: AnalysisMethod; step: number },
  at: PlanContext,
): Planned<StepState> {
  const state = stepState(rows, input.method, input.step);
  if (state !== 'done') return { writes: [], value: state };
  return { writes: planStepState(rows, { ...input, state: 'in-progress' }, at).writes, value: 'in-progress' };
}
