import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeGroup, Id, MeaningUnit, Project } from '../../../../shared/model';
import { codeGroupCounts } from '../../../../shared/stc/counts';
import { byOrder } from '../../../../shared/stc/rows';
import { unsortedUnits } from '../../../../shared/stc/unsorted';
import { deleteMeaningUnit, reorderCodeGroups, sortUnitsIntoCodeGroup } from '../../../store/commands/stc';
import { useSourcePassages } from '../../../store/queries/source-passages';
import type { StcRows } from '../../../store/queries/stc';
import { formatNumber } from '../../../i18n/format';
import { useToast } from '../../../ui/Toasts';
import { passageOf } from '../passage';
import { moved } from '../reorder';
import type { StcActions } from '../useStcActions';
import { CodeGroupCard } from './CodeGroupCard';
import { MergeGroupDialog, SplitGroupDialog } from './GroupDialogs';
import { NewCodeGroupForm } from './NewCodeGroupForm';
import { TakeInCodings } from './TakeInCodings';
import type { UnitLists } from './unit-lists';
import { UnitCard } from './UnitCard';

const page = 40;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Units in reading order: the sources' order, then position. */
function inReadingOrder(units: MeaningUnit[], sourceIndex: Map<Id, number>): MeaningUnit[] {
  return [...units].sort(
    (a, b) =>
      (sourceIndex.get(a.sourceId) ?? 0) - (sourceIndex.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end,
  );
}

/**
 * Step 2, meaning units: code groups (created from preliminary themes, renamed, merged, split,
 * reordered, deleted) with their units and counts, the unsorted units, codings taken in as units,
 * and sorting by selection or by drag and drop. A unit may sit in several groups.
 */
export function MeaningUnitsStep({
  project,
  rows,
  actions,
  coderId,
}: {
  project: Project;
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [selected, setSelected] = useState<ReadonlySet<Id>>(new Set());
  const [target, setTarget] = useState('');
  const [shownUnsorted, setShownUnsorted] = useState(page);
  const [merging, setMerging] = useState<CodeGroup | null>(null);
  const [splitting, setSplitting] = useState<CodeGroup | null>(null);
  const projectId = project.id;
  const n = (value: number) => formatNumber(value, i18n.language);

  const passages = useSourcePassages(
    useMemo(() => [...new Set(rows.meaningUnits.map((u) => u.sourceId))], [rows.meaningUnits]),
  );
  const groups = byOrder(rows.codeGroups);
  const counts = useMemo(() => codeGroupCounts(rows), [rows]);
  const unsorted = useMemo(() => unsortedUnits(rows), [rows]);
  const unitsByGroup = useMemo(() => {
    const sourceIndex = new Map(rows.sources.map((s, i) => [s.id, i]));
    const unitById = new Map(rows.meaningUnits.map((u) => [u.id, u]));
    const out = new Map<Id, MeaningUnit[]>();
    for (const p of rows.placements) {
      const unit = unitById.get(p.meaningUnitId);
      if (unit) addTo(out, p.codeGroupId, unit);
    }
    for (const [id, list] of out) out.set(id, inReadingOrder(list, sourceIndex));
    return out;
  }, [rows]);

  const groupsOf = useMemo(() => {
    const map = new Map<Id, Id[]>();
    for (const p of rows.placements) addTo(map, p.meaningUnitId, p.codeGroupId);
    return map;
  }, [rows.placements]);
  const select = useCallback((unitId: Id, on: boolean) => {
    setSelected((set) => {
      const next = new Set(set);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  }, []);
  const lists: UnitLists = {
    sourceTitle: new Map(rows.sources.map((s) => [s.id, s.title])),
    groupName: new Map(rows.codeGroups.map((g) => [g.id, g.name])),
    themeName: new Map(rows.preliminaryThemes.map((th) => [th.id, th.name])),
    groupsOf,
    passages,
    totalSources: rows.sources.length,
    groupCount: rows.codeGroups.length,
    selected,
    select,
    dragIds: (unitId) => (selected.has(unitId) ? [...selected] : [unitId]),
  };

  const sort = async (unitIds: Id[], codeGroupId: Id) => {
    const made = await actions.run((h) => sortUnitsIntoCodeGroup(h, { projectId, unitIds, codeGroupId }));
    if (!made) return;
    setSelected(new Set());
    toast({
      message: t('stc.units.sorted', {
        count: unitIds.length,
        n: n(unitIds.length),
        group: lists.groupName.get(codeGroupId) ?? '',
      }),
    });
  };
  const moveGroup = (index: number, by: -1 | 1) => {
    const ids = moved(
      groups.map((g) => g.id),
      index,
      by,
    );
    if (ids) void actions.run((h) => reorderCodeGroups(h, { projectId, ids }));
  };
  // Only units that still exist count as selected (an undo or another window may have removed some).
  const liveSelected = [...selected].filter((id) => rows.meaningUnits.some((u) => u.id === id));

  return (
    <div className="stc-sorting">
      <div className="stc-sortbar" role="region" aria-label={t('stc.units.sortInto')}>
        <span className="stc-sortbar-count" aria-live="polite">
          {t('stc.units.selected', { count: liveSelected.length, n: n(liveSelected.length) })}
        </span>
        <label className="field-compact">
          <span>{t('stc.units.sortInto')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('stc.units.chooseGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={liveSelected.length === 0 || !groups.some((g) => g.id === target)}
          onClick={() => void sort(liveSelected, target)}
        >
          {t('stc.units.sort')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={liveSelected.length === 0}
          onClick={() => setSelected(new Set())}
        >
          {t('stc.units.clear')}
        </button>
      </div>

      <div className="stc-sorting-columns">
        <section className="stc-groups-pane" aria-labelledby="stc-groups-title">
          <div className="stc-panel-head">
            <h3 id="stc-groups-title">{t('stc.units.groupsTitle')}</h3>
            <p className="stc-count">{t('stc.units.groupCount', { count: groups.length, n: n(groups.length) })}</p>
          </div>
          <p className="muted small stc-panel-intro">{t('stc.units.groupsIntro')}</p>
          {groups.length === 0 && <p className="muted stc-empty">{t('stc.units.noGroups')}</p>}
          <ol className="stc-groups">
            {groups.map((group, index) => (
              <CodeGroupCard
                key={group.id}
                group={group}
                count={counts.codeGroups.find((c) => c.codeGroupId === group.id)}
                units={unitsByGroup.get(group.id) ?? []}
                lists={lists}
                first={index === 0}
                last={index === groups.length - 1}
                actions={actions}
                projectId={projectId}
                onMove={(by) => moveGroup(index, by)}
                onSort={(ids) => void sort(ids, group.id)}
                onMerge={() => setMerging(group)}
                onSplit={() => setSplitting(group)}
              />
            ))}
          </ol>
          <NewCodeGroupForm rows={rows} actions={actions} coderId={coderId} />
        </section>

        <div className="stc-side-pane">
          <section className="stc-unsorted" aria-labelledby="stc-unsorted-title">
            <div className="stc-panel-head">
              <h3 id="stc-unsorted-title">{t('stc.units.unsortedTitle')}</h3>
              <p className="stc-count">
                {t('stc.units.unsortedCount', {
                  count: unsorted.length,
                  n: n(unsorted.length),
                  total: n(rows.meaningUnits.length),
                })}
              </p>
            </div>
            <p className="muted small stc-panel-intro">{t('stc.units.markHint')}</p>
            {unsorted.length === 0 ? (
              <p className="muted stc-empty">{t('stc.units.unsortedEmpty')}</p>
            ) : (
              <ul className="stc-units">
                {unsorted.slice(0, shownUnsorted).map((unit) => (
                  <UnitCard
                    key={unit.id}
                    unit={unit}
                    sourceTitle={lists.sourceTitle.get(unit.sourceId) ?? ''}
                    passage={passageOf(passages, unit)}
                    selected={selected.has(unit.id)}
                    onSelect={(on) => select(unit.id, on)}
                    dragIds={() => lists.dragIds(unit.id)}
                  >
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      title={t('stc.units.deleteUnitOf', { source: lists.sourceTitle.get(unit.sourceId) ?? '' })}
                      onClick={() =>
                        void actions.confirmable((h, confirmQuotes) =>
                          deleteMeaningUnit(h, { projectId, id: unit.id, confirmQuotes }),
                        )
                      }
                    >
                      {t('stc.units.deleteUnit')}
                    </button>
                  </UnitCard>
                ))}
              </ul>
            )}
            {unsorted.length > shownUnsorted && (
              <button type="button" className="button button-small" onClick={() => setShownUnsorted((s) => s + page)}>
                {t('stc.units.showMore', {
                  count: unsorted.length - shownUnsorted,
                  n: n(unsorted.length - shownUnsorted),
                })}
              </button>
            )}
          </section>
          <TakeInCodings rows={rows} actions={actions} coderId={coderId} />
        </div>
      </div>
      {merging && <MergeGroupDialog group={merging} rows={rows} actions={actions} onClose={() => setMerging(null)} />}
      {splitting && (
        <SplitGroupDialog
          group={splitting}
          units={unitsByGroup.get(splitting.id) ?? []}
          rows={rows}
          lists={lists}
          actions={actions}
          coderId={coderId}
          onClose={() => setSplitting(null)}
        />
      )}
    </div>
  );
}
