import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeaningUnit } from '../../../../shared/model';
import { excerpt } from '../../coding/CodingTargetCard';
import { passageHref, type Passage } from '../passage';
import { unitMime } from './drag';

/** The longest stretch shown in a list; the whole unit is one click away in its source. */
const shownChars = 420;

/**
 * One meaning unit: its source, speaker and words, a link that opens the source at the passage,
 * a box to select it, and the tools the list around it offers. Drag it onto a code group to sort it.
 */
export function UnitCard(props: {
  unit: MeaningUnit;
  sourceTitle: string;
  passage: Passage;
  selected: boolean;
  onSelect: (on: boolean) => void;
  /** The ids a drag carries: the selection when this unit is in it, else this unit alone. */
  dragIds: () => string[];
  note?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { unit, passage } = props;
  const text = passage.text.length > shownChars ? `${passage.text.slice(0, shownChars).trimEnd()} …` : passage.text;
  const sourceId = `stc-unit-source-${unit.id}-${props.note ?? ''}`;
  return (
    <li
      className={`stc-unit${props.selected ? ' is-selected' : ''}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(unitMime, JSON.stringify(props.dragIds()));
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <input
        type="checkbox"
        className="stc-unit-check"
        checked={props.selected}
        aria-label={t('stc.units.selectUnit', { text: excerpt(passage.text), source: props.sourceTitle })}
        onChange={(e) => props.onSelect(e.target.checked)}
      />
      <div className="stc-unit-body">
        <div className="stc-unit-head">
          <a
            id={sourceId}
            href={passageHref(unit)}
            title={t('stc.units.openAtOf', { source: props.sourceTitle })}
            className="stc-unit-source"
          >
            {props.sourceTitle}
          </a>
          {passage.speaker && <span className="stc-unit-speaker">{passage.speaker}</span>}
          {props.note && <span className="muted small">{props.note}</span>}
          {props.children && <span className="stc-unit-tools">{props.children}</span>}
        </div>
        <p className="stc-unit-text">{text}</p>
      </div>
    </li>
  );
}
