import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeGroup, MeaningUnit } from '../../../../shared/model';
import type { CodeGroupCount } from '../../../../shared/stc/counts';
import { deleteCodeGroup, renameCodeGroup, unplaceUnit } from '../../../store/commands/stc';
import { formatNumber } from '../../../i18n/format';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { passageOf } from '../passage';
import type { StcActions } from '../useStcActions';
import { draggedUnitIds, unitMime } from './drag';
import type { UnitLists } from './unit-lists';
import { UnitCard } from './UnitCard';
import { MoveButtons } from '../MoveButtons';

const page = 25;

/**
 * One code group: its name, the preliminary themes it grew from, how much material stands behind
 * it ("12 meningsbærende enheter fra 6 av 8 kilder"), its meaning units, and its tools. Meaning
 * units dropped on it are sorted into it.
 */
export function CodeGroupCard(props: {
  group: CodeGroup;
  count: CodeGroupCount | undefined;
  units: MeaningUnit[];
  lists: UnitLists;
  first: boolean;
  last: boolean;
  actions: StcActions;
  projectId: string;
  onMove: (by: -1 | 1) => void;
  onSort: (unitIds: string[]) => void;
  onMerge: () => void;
  onSplit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { group, lists, actions, projectId } = props;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [over, setOver] = useState(false);
  const [shown, setShown] = useState(page);
  const n = (value: number) => formatNumber(value, i18n.language);
  const headingId = `stc-group-${group.id}`;
  const takeOutTitle = t('stc.units.takeOutOf', { group: group.name });
  const takeOutLabel = t('stc.units.takeOut');
  const themes = group.themeIds.map((id) => lists.themeName.get(id)).filter((name) => name !== undefined);
  const units = props.count?.meaningUnits ?? props.units.length;

  const rename = async () => {
    if (renaming === null) return;
    if (renaming.trim() === group.name) return setRenaming(null);
    const done = await actions.run((h) => renameCodeGroup(h, { projectId, id: group.id, name: renaming }));
    if (done) setRenaming(null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const by = e.key === 'ArrowUp' ? -1 : 1;
    if ((by === -1 && props.first) || (by === 1 && props.last)) return;
    props.onMove(by);
    requestAnimationFrame(() =>
      document.getElementById(`${headingId}-tools`)?.querySelector<HTMLElement>('button')?.focus(),
    );
  };

  return (
    <li
      className={`card stc-group${over ? ' is-drop-target' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(unitMime)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const ids = draggedUnitIds(e.dataTransfer);
        if (ids.length === 0) return;
        e.preventDefault();
        props.onSort(ids);
      }}
    >
      <div className="stc-group-head" onKeyDown={onKey}>
        <div className="stc-group-title">
          {renaming === null ? (
            <h4 id={headingId}>{group.name}</h4>
          ) : (
            <form
              className="stc-inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void rename();
              }}
            >
              <input
                aria-label={t('stc.units.nameOfGroup')}
                value={renaming}
                autoFocus
                onChange={(e) => setRenaming(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
              />
              <button type="submit" className="button button-small button-primary">
                {t('stc.units.save')}
              </button>
              <button type="button" className="button button-small" onClick={() => setRenaming(null)}>
                {t('stc.units.cancel')}
              </button>
              <h4 id={headingId} className="visually-hidden">
                {group.name}
              </h4>
            </form>
          )}
          <p className="stc-group-count">
            {t('stc.units.groupCounts', {
              count: units,
              units: n(units),
              sources: n(props.count?.sources ?? 0),
              total: n(lists.totalSources),
            })}
          </p>
          {themes.length > 0 && (
            <p className="muted small stc-group-themes">{t('stc.units.fromThemesOf', { themes: themes.join(', ') })}</p>
          )}
        </div>
        <div className="stc-group-tools" id={`${headingId}-tools`}>
          <MoveButtons
            className="button button-small button-quiet"
            upLabel={t('stc.units.moveUp', { name: group.name })}
            downLabel={t('stc.units.moveDown', { name: group.name })}
            first={props.first}
            last={props.last}
            onMove={props.onMove}
          />
          <button
            type="button"
            className="button button-small"
            aria-describedby={headingId}
            onClick={() => setRenaming(group.name)}
          >
            {t('stc.units.rename')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={headingId}
            onClick={props.onMerge}
            disabled={lists.groupCount < 2}
          >
            {t('stc.units.merge')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={headingId}
            onClick={props.onSplit}
            disabled={props.units.length === 0}
          >
            {t('stc.units.split')}
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-describedby={headingId}
            onClick={() => setDeleting(true)}
          >
            {t('stc.units.delete')}
          </button>
        </div>
      </div>
      {props.units.length === 0 ? (
        <p className="muted small stc-group-empty">{t('stc.units.groupEmpty')}</p>
      ) : (
        <ul className="stc-units">
          {/* Labels the same for every unit of the group are translated once, not once per unit. */}
          {props.units.slice(0, shown).map((unit) => {
            const others = (lists.groupsOf.get(unit.id) ?? [])
              .filter((id) => id !== group.id)
              .map((id) => lists.groupName.get(id) ?? '');
            return (
              <UnitCard
                key={unit.id}
                unit={unit}
                sourceTitle={lists.sourceTitle.get(unit.sourceId) ?? ''}
                passage={passageOf(lists.passages, unit)}
                selected={lists.selected.has(unit.id)}
                onSelect={(on) => lists.select(unit.id, on)}
                dragIds={() => lists.dragIds(unit.id)}
                note={others.length > 0 ? t('stc.units.alsoIn', { groups: others.join(', ') }) : undefined}
              >
                <button
                  type="button"
                  className="button button-small button-quiet"
                  title={takeOutTitle}
                  onClick={() =>
                    void actions.confirmable((h, confirmQuotes) =>
                      unplaceUnit(h, { projectId, meaningUnitId: unit.id, codeGroupId: group.id, confirmQuotes }),
                    )
                  }
                >
                  {takeOutLabel}
                </button>
              </UnitCard>
            );
          })}
        </ul>
      )}
      {props.units.length > shown && (
        <button type="button" className="button button-small" onClick={() => setShown((s) => s + page)}>
          {t('stc.units.showMore', {
            count: props.units.length - shown,
            n: formatNumber(props.units.length - shown, i18n.language),
          })}
        </button>
      )}
      <ConfirmDialog
        open={deleting}
        title={t('stc.units.deleteTitle', { name: group.name })}
        body={t('stc.units.deleteBody')}
        confirmLabel={t('stc.units.delete')}
        cancelLabel={t('stc.units.cancel')}
        danger
        onConfirm={() => {
          setDeleting(false);
          void actions.confirmable((h, confirmQuotes) =>
            deleteCodeGroup(h, { projectId, id: group.id, confirmQuotes }),
          );
        }}
        onCancel={() => setDeleting(false)}
      />
    </li>
  );
}
