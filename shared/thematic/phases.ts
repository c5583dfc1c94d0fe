import {
  analysisStepId,
  thematicPhases,
  type AnalysisStep,
  type Id,
  type PlanContext,
  type Planned,
  type StepState,
} from '../model';
import { ThematicError } from './thematic-error';

/**
 * Braun & Clarke's six phases, in their order (numbered 1–6 like AnalysisStep.step). The names
 * are keys: the UI and the reports put them in words.
 */
export const thematicPhaseKeys = [
  'familiarisation',
  'initialCodes',
  'searchingThemes',
  'reviewingThemes',
  'definingThemes',
  'writingUp',
] as const;
export type ThematicPhaseKey = (typeof thematicPhaseKeys)[number];

export interface PhaseStatus {
  phase: number;
  key: ThematicPhaseKey;
  state: StepState;
}

/** Where every phase stands; a phase without a row has not been started. */
export function phaseStates(steps: AnalysisStep[]): PhaseStatus[] {
  const byPhase = new Map(steps.filter((s) => s.method === 'thematic').map((s) => [s.step, s.state]));
  return thematicPhases.map((phase, i) => ({
    phase,
    key: thematicPhaseKeys[i]!,
    state: byPhase.get(phase) ?? 'not-started',
  }));
}

export interface SetPhaseStateInput {
  projectId: Id;
  phase: number;
  state: StepState;
}

/**
 * Sets one phase's state: start it, finish it, reopen it (done → in progress) or set it back. No
 * phase locks another, since researchers go back and forth between them. The row's id is derived
 * (analysisStepId), so the same phase is always the same row.
 */
export function planSetPhaseState(
  rows: { step: AnalysisStep | undefined },
  input: SetPhaseStateInput,
  at: PlanContext,
): Planned<AnalysisStep> {
  const { projectId, phase, state } = input;
  if (!(thematicPhases as readonly number[]).includes(phase)) {
    throw new ThematicError('bad-phase', `Thematic analysis has phases 1 to 6, not ${phase}.`);
  }
  const existing = rows.step;
  if (existing) {
    if (existing.state === state) return { writes: [], value: existing };
    const patch = { state, updatedAt: at.now };
    return {
      writes: [{ op: 'update', table: 'analysisSteps', projectId, key: existing.id, patch }],
      value: { ...existing, ...patch },
    };
  }
  const step: AnalysisStep = {
    id: analysisStepId(projectId, 'thematic', phase),
    projectId,
    method: 'thematic',
    step: phase,
    state,
    createdAt: at.now,
    updatedAt: at.now,
  };
  // "Not started" is the absence of a row: setting it on a phase without one changes nothing.
  if (state === 'not-started') return { writes: [], value: step };
  return { writes: [{ op: 'put', table: 'analysisSteps', projectId, row: step }], value: step };
}

/** The state a phase's main button moves it to: start, finish, or reopen. */
export function nextPhaseState(state: StepState): StepState {
  return state === 'not-started' ? 'in-progress' : state === 'in-progress' ? 'done' : 'in-progress';
}
