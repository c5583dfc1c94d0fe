import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stcSteps, type StepState } from '../../../shared/model';
import { routeHref } from '../../services/routes';
import { formatNumber } from '../../i18n/format';

const stateMark: Record<StepState, string> = { 'not-started': '', 'in-progress': '…', done: '✓' };

/**
 * The four steps as a row of links, each with its name, aim and status; the one shown is marked
 * `aria-current="step"`. No step locks another: researchers move back and forth.
 */
export function StepTracker({
  current,
  states,
  children,
}: {
  current: number;
  states: Record<number, StepState>;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const done = stcSteps.filter((s) => states[s] === 'done').length;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <nav className="stc-tracker" aria-label={t('stc.tracker.label')}>
      <div className="stc-tracker-progress">
        <progress max={stcSteps.length} value={done} aria-label={t('stc.tracker.label')} />
        <span className="muted small">{t('stc.tracker.progress', { done: n(done), total: n(stcSteps.length) })}</span>
        {children && <div className="stc-tracker-actions">{children}</div>}
      </div>
      <ol className="stc-steps">
        {stcSteps.map((step) => {
          const state = states[step] ?? 'not-started';
          return (
            <li key={step}>
              <a
                href={routeHref('analysis', 'stc', String(step))}
                className={`stc-step is-${state}`}
                aria-current={current === step ? 'step' : undefined}
              >
                <span className="stc-step-number" aria-hidden="true">
                  {stateMark[state] === '✓' ? '✓' : n(step)}
                </span>
                <span className="stc-step-text">
                  <span className="stc-step-name">{t(`stc.tracker.name.${step}`)}</span>
                  <span className="stc-step-aim">{t(`stc.tracker.aim.${step}`)}</span>
                  <span className={`stc-state is-${state}`}>{t(`stc.tracker.state.${state}`)}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
