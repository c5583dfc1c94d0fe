import { useTranslation } from 'react-i18next';
import type { Range } from '../../../shared/ranges/range';
import { FixTypoPanel } from './FixTypoPanel';

/** A passage as the card and the palette name it: short, with only its ends when it is long. */
export function excerpt(s: string): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  // Only the ends are shown, so only the ends are cleaned (this runs on every Shift+arrow).
  if (s.length <= 200) {
    const whole = flat(s);
    if (whole.length <= 90) return whole;
  }
  return `${flat(s.slice(0, 120)).slice(0, 60)} … ${flat(s.slice(-60)).slice(-25)}`;
}

/** What will be coded (the selection as it will be stored), with the ways to code it and the typo-fix mode. */
export function CodingTargetCard(props: {
  text: string;
  targetLabel: string;
  canCode: boolean;
  selection: Range | null;
  wholeWords: boolean;
  onWholeWords: (on: boolean) => void;
  fixing: boolean;
  onFixing: (on: boolean) => void;
  /** Present once the coder is known: a typo fix is recorded under this coder. */
  coderId: string | null;
  sourceId: string;
  onOpenPalette: () => void;
  /** Marks the selection as a meaning unit (STC step 2); absent while there is nothing to mark. */
  onMeaningUnit?: (() => void) | null;
  onFixed: (selection: Range | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card coding-target" aria-live="polite">
      <h2>{t('coding.selection')}</h2>
      <p className="muted">{props.targetLabel}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={props.onOpenPalette} disabled={!props.canCode}>
          {t('coding.codeWith')} <kbd>Ctrl K</kbd>
        </button>
        <button type="button" className="button" onClick={() => props.onMeaningUnit?.()} disabled={!props.onMeaningUnit} title={t('stc.units.markTitle')}>
          {t('stc.units.markButton')}
        </button>
        <label className="toggle" title={t('coding.wholeWords.hint')}>
          <input type="checkbox" checked={props.wholeWords} onChange={(e) => props.onWholeWords(e.target.checked)} />
          {t('coding.wholeWords.label')}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={props.fixing} onChange={(e) => props.onFixing(e.target.checked)} />
          {t('coding.fixMode')}
        </label>
      </div>
      {props.fixing && props.coderId && (
        <FixTypoPanel text={props.text} selection={props.selection} sourceId={props.sourceId} coderId={props.coderId} onDone={props.onFixed} />
      )}
    </div>
  );
}
