import { useTranslation } from 'react-i18next';
import { stcSteps, type Project, type StepState } from '../../../shared/model';
import { stepState } from '../../../shared/stc/step-state';
import { reopenStep, setStepState } from '../../store/commands/stc';
import { useStcRows } from '../../store/queries/stc';
import { formatNumber } from '../../i18n/format';
import { useCoder } from '../coding/useCodingActions';
import { CondensationStep } from './condensation/CondensationStep';
import { MeaningUnitsStep } from './meaning-units/MeaningUnitsStep';
import { ReportExport } from '../reports/ReportExport';
import { StepTracker } from './StepTracker';
import { SynthesisStep } from './synthesis/SynthesisStep';
import { TotalImpressionStep } from './total-impression/TotalImpressionStep';
import { useStcActions, type StcActions } from './useStcActions';
import './stc.css';

/** The step shown when the address names none: the first step not done yet (or the last). */
function defaultStep(states: Record<number, StepState>): number {
  return stcSteps.find((s) => states[s] !== 'done') ?? stcSteps[stcSteps.length - 1]!;
}

/**
 * Systematic text condensation (Malterud): the step tracker, the chosen step's status with a
 * control to mark it done or reopen it, and the step's own work below.
 */
export function StcScreen({ project, step }: { project: Project; step: number }) {
  const { t } = useTranslation();
  const rows = useStcRows(project.id);
  const actions = useStcActions(project.id, rows);
  const coder = useCoder(project.id);
  if (!rows) return null;
  const states = Object.fromEntries(stcSteps.map((s) => [s, stepState(rows, 'stc', s)])) as Record<number, StepState>;
  const current = (stcSteps as readonly number[]).includes(step) ? step : defaultStep(states);
  return (
    <div className="stc">
      <h2 className="visually-hidden">{t('stc.title')}</h2>
      <StepTracker current={current} states={states}>
        <ReportExport projectId={project.id} method="stc" />
      </StepTracker>
      <StepStatus step={current} state={states[current] ?? 'not-started'} actions={actions} projectId={project.id} />
      <div className="stc-body">
        {current === 1 && (
          <TotalImpressionStep project={project} rows={rows} actions={actions} coderId={coder?.id ?? null} />
        )}
        {current === 2 && (
          <MeaningUnitsStep project={project} rows={rows} actions={actions} coderId={coder?.id ?? null} />
        )}
        {current === 3 && <CondensationStep projectId={project.id} rows={rows} />}
        {current === 4 && <SynthesisStep projectId={project.id} rows={rows} />}
      </div>
      {actions.dialog}
    </div>
  );
}

/** The shown step's name, aim and status, and the control to mark it done (or reopen it). */
function StepStatus({
  step,
  state,
  actions,
  projectId,
}: {
  step: number;
  state: StepState;
  actions: StcActions;
  projectId: string;
}) {
  const { t, i18n } = useTranslation();
  const set = (next: StepState) =>
    void actions.run((h) => setStepState(h, { projectId, method: 'stc', step, state: next }));
  return (
    <section className="card stc-step-status" aria-labelledby="stc-step-title">
      <div>
        <p className="stc-step-of muted small">
          {t('stc.tracker.stepOf', {
            n: formatNumber(step, i18n.language),
            total: formatNumber(stcSteps.length, i18n.language),
          })}
        </p>
        <h2 id="stc-step-title" className="stc-step-heading">
          {t(`stc.tracker.name.${step}`)}
          <span className="stc-step-heading-aim"> — {t(`stc.tracker.aim.${step}`)}</span>
        </h2>
      </div>
      <div className="button-row">
        <span className={`stc-state is-${state}`} aria-live="polite">
          {t(`stc.tracker.state.${state}`)}
        </span>
        {state === 'not-started' && (
          <button type="button" className="button" onClick={() => set('in-progress')}>
            {t('stc.tracker.markStarted')}
          </button>
        )}
        {state === 'done' ? (
          <button
            type="button"
            className="button"
            onClick={() => void actions.run((h) => reopenStep(h, { projectId, method: 'stc', step }))}
          >
            {t('stc.tracker.reopen')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => set('done')}>
            {t('stc.tracker.markDone')}
          </button>
        )}
      </div>
    </section>
  );
}
