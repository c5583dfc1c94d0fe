import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeaningUnit, Subgroup } from '../../../../shared/model';
import { addGoldenQuote } from '../../../store/commands/stc';
import { speakerAt } from '../../../store/queries/stc-texts';
import { passageHref } from '../passage';
import { useGroupWork } from './group-work';
import { selectedSpan } from './quote-range';
import { startUnitDrag } from './unit-drag';

/**
 * One meaning unit in step 3: a box to select it (for "move to subgroup"), its words, where it is
 * from (a link that opens the passage), its trail, and — inside a subgroup — "golden quote",
 * which takes the part of the words selected, or the whole unit. Draggable onto a subgroup.
 */
export function UnitRow({ unit, subgroup, quoted }: { unit: MeaningUnit; subgroup: Subgroup | null; quoted: boolean }) {
  const { t } = useTranslation();
  const work = useGroupWork();
  const textRef = useRef<HTMLQuoteElement>(null);
  const source = work.texts?.get(unit.sourceId);
  const text = source ? source.text.slice(unit.start, unit.end) : '';
  const title = work.titles.get(unit.sourceId) ?? '';
  const speaker = speakerAt(source, unit.start);
  const checked = work.selected.has(unit.id);
  const inTrail = work.trail?.kind === 'unit' && work.trail.id === unit.id;
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;

  const chooseQuote = () => {
    if (!subgroup) return;
    const part = selectedSpan(textRef.current, unit.start);
    void work.stc.run(addGoldenQuote, { subgroupId: subgroup.id, meaningUnitId: unit.id, ...(part ?? {}) });
  };

  return (
    <li
      className={`stc-unit${checked ? ' is-selected' : ''}${inTrail ? ' is-traced' : ''}`}
      draggable
      onDragStart={(e) => startUnitDrag(e, work.dragged(unit.id))}
      data-unit-id={unit.id}
    >
      {/* The words stay selectable (to quote a part); the grip and the margins drag. */}
      <span className="stc-unit-grip" aria-hidden="true" title={t('stc.condenseUnits.dragHint')}>
        ⠿
      </span>
      <input type="checkbox" className="stc-unit-check" checked={checked} onChange={() => work.toggle(unit.id)} aria-label={t('stc.condenseUnits.select', { text: short })} />
      <div className="stc-unit-body">
        <q ref={textRef} className="stc-unit-text">
          {text || '…'}
        </q>
        <div className="stc-unit-meta small">
          <a href={passageHref(unit)} title={t('stc.condenseUnits.openHint')}>
            {title}
          </a>
          {speaker && <span className="muted"> · {speaker}</span>}
          {quoted && <span className="stc-badge-gold">{t('stc.quotes.badge')}</span>}
        </div>
      </div>
      <div className="stc-unit-actions">
        {subgroup && (
          <button
            type="button"
            className="button button-small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={chooseQuote}
            title={t('stc.quotes.chooseHint')}
            aria-label={t('stc.quotes.choose', { text: short })}
          >
            {t('stc.quotes.chooseShort')}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-pressed={inTrail}
          onClick={() => work.showTrail({ kind: 'unit', id: unit.id })}
        >
          {t('stc.trail.show')}
          <span className="visually-hidden"> {t('stc.trail.showUnit', { text: short })}</span>
        </button>
      </div>
    </li>
  );
}
