import { stcSteps, thematicPhases, type AnalysisMethod, type StepState } from '../model';
import { inOrder } from './quote';
import type { ReportRows } from './rows';

/** The audit-trail appendix: where each step stands, the preliminary themes' notes and the project memos. */
export interface AuditTrail {
  steps: { step: number; state: StepState }[];
  preliminaryThemes: { name: string; note: string }[];
  memos: { title: string; text: string }[];
}

/** Every step of the method, in order; a step without a row has not been started. */
export function auditTrail(rows: ReportRows, method: AnalysisMethod): AuditTrail {
  const numbers = method === 'stc' ? stcSteps : thematicPhases;
  const state = new Map(rows.analysisSteps.filter((s) => s.method === method).map((s) => [s.step, s.state]));
  const byTime = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return {
    steps: numbers.map((step) => ({ step, state: state.get(step) ?? 'not-started' })),
    preliminaryThemes:
      method === 'stc' ? inOrder(rows.preliminaryThemes).map((t) => ({ name: t.name, note: t.note })) : [],
    memos: rows.memos
      .filter((m) => m.targetKind === 'project')
      .sort(byTime)
      .map((m) => ({ title: m.title, text: m.plainText })),
  };
}
