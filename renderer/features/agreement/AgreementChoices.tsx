import { useTranslation } from 'react-i18next';
import { agreementUnitKinds, alphaLevels, projectMeasures, type AgreementUnitKind, type AlphaLevel, type ProjectMeasure } from '../../../shared/agreement';
import type { Id } from '../../../shared/model';
import type { AgreementInput } from '../../store/queries/agreement';

/** What the agreement is computed on and with. */
export interface Choices {
  coderIds: Id[];
  sourceIds: Id[];
  unit: AgreementUnitKind;
  measure: ProjectMeasure;
  level: AlphaLevel;
  /** Bootstrap draws for α's confidence interval. */
  draws: number;
}

export const defaultChoices: Omit<Choices, 'coderIds' | 'sourceIds'> = { unit: 'turn', measure: 'alpha', level: 'nominal', draws: 1000 };

/** The choices: coders (at least two), sources, unit, measure, level (α) and bootstrap draws (α). */
export function AgreementChoices({ input, choices, onChange }: { input: AgreementInput; choices: Choices; onChange: (c: Choices) => void }) {
  const { t } = useTranslation();
  const toggle = (list: Id[], id: Id, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const isAlpha = choices.measure === 'alpha';
  return (
    <div className="agreement-choices">
      <fieldset>
        <legend>{t('agreement.coders')}</legend>
        {input.coders.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={choices.coderIds.includes(c.id)} onChange={(e) => onChange({ ...choices, coderIds: toggle(choices.coderIds, c.id, e.target.checked) })} />{' '}
            {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('agreement.sources')}</legend>
        {input.sources.map((s) => (
          <label key={s.id}>
            <input type="checkbox" checked={choices.sourceIds.includes(s.id)} onChange={(e) => onChange({ ...choices, sourceIds: toggle(choices.sourceIds, s.id, e.target.checked) })} />{' '}
            {s.title}
          </label>
        ))}
      </fieldset>
      <label>
        {t('agreement.unit')}{' '}
        <select aria-label={t('agreement.unit')} value={choices.unit} onChange={(e) => onChange({ ...choices, unit: e.target.value as Choices['unit'] })}>
          {agreementUnitKinds.map((u) => (
            <option key={u} value={u}>
              {t(`agreement.units.${u}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('agreement.measure')}{' '}
        <select aria-label={t('agreement.measure')} value={choices.measure} onChange={(e) => onChange({ ...choices, measure: e.target.value as Choices['measure'] })}>
          {projectMeasures.map((m) => (
            <option key={m} value={m}>
              {t(`agreement.measures.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {isAlpha && (
        <label>
          {t('agreement.level')}{' '}
          <select aria-label={t('agreement.level')} value={choices.level} onChange={(e) => onChange({ ...choices, level: e.target.value as Choices['level'] })}>
            {alphaLevels.map((l) => (
              <option key={l} value={l}>
                {t(`agreement.levels.${l}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {isAlpha && (
        <label>
          {t('agreement.draws')}{' '}
          <input
            type="number"
            aria-label={t('agreement.draws')}
            min={0}
            max={20000}
            step={100}
            value={choices.draws}
            onChange={(e) => onChange({ ...choices, draws: Math.max(0, Math.min(20000, Math.round(Number(e.target.value) || 0))) })}
          />
        </label>
      )}
    </div>
  );
}
