import { useTranslation } from 'react-i18next';
import type { StepState } from '../../../shared/model';
import { nextPhaseState, type PhaseStatus } from '../../../shared/thematic';

const actionKey: Record<StepState, 'start' | 'finish' | 'reopen'> = {
  'not-started': 'start',
  'in-progress': 'finish',
  done: 'reopen',
};

/**
 * Braun & Clarke's six phases with where each stands. No phase locks another: a researcher starts,
 * finishes and reopens them in any order, as the method's recursive nature asks.
 */
export function PhaseTracker(props: { phases: PhaseStatus[]; onSet: (phase: number, state: StepState) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="phase-tracker" aria-label={t('thematic.phases.label')}>
      <ol>
        {props.phases.map((p) => {
          const name = t(`thematic.phases.${p.key}`);
          const action = t(`thematic.phases.${actionKey[p.state]}`);
          return (
            <li key={p.phase} className={`phase phase-${p.state}`}>
              <span className="phase-marker" aria-hidden="true">
                {p.state === 'done' ? '✓' : p.phase}
              </span>
              <span className="phase-text">
                <span className="phase-name">{name}</span>
                <span className="phase-foot">
                  <span className="phase-state">
                    <span className="visually-hidden">{t('thematic.phases.number', { n: p.phase })}: </span>
                    {t(`thematic.phases.state.${p.state}`)}
                  </span>
                  <button
                    type="button"
                    className="button button-small button-quiet phase-action"
                    aria-label={t('thematic.phases.actionLabel', { action, phase: name })}
                    onClick={() => props.onSet(p.phase, nextPhaseState(p.state))}
                  >
                    {action}
                  </button>
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
