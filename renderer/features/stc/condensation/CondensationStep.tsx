import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../../shared/model';
import { codeGroupCounts } from '../../../../shared/stc/counts';
import type { StcRows } from '../../../../shared/stc/rows';
import { subgroupAdvice } from '../../../../shared/stc/subgroups';
import { groupTrail } from '../../../../shared/stc/trail';
import { createSubgroup, reorderSubgroups, sortUnitsIntoSubgroup } from '../../../store/commands/stc';
import { useSourceTexts, type StcSourceText } from '../../../store/queries/stc-texts';
import { chosenGroup, CodeGroupList } from '../CodeGroupList';
import { movedBy } from '../GoldenQuoteList';
import { materialCountText } from '../material-count';
import { QuoteLossDialog } from '../QuoteLossDialog';
import { TrailPanel } from '../trail/TrailPanel';
import type { TrailFocus } from '../trail/trail-focus';
import { useStcRun } from '../useStcRun';
import { GroupWorkContext, type GroupWork } from './group-work';
import { SubgroupCard } from './SubgroupCard';
import { unitDropTarget } from './unit-drag';
import { UnitRow } from './UnitRow';
import '../steps34.css';

/**
 * STC step 3, condensation — from code to meaning. Choose a code group; within it make 2–4
 * subgroups, sort its meaning units into them (select and move, or drag), write each subgroup's
 * condensate and choose its golden quotes. The trail of whatever is chosen stands beside.
 */
export function CondensationStep({ projectId, rows }: { projectId: string; rows: StcRows }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Id | null>(null);
  const [trail, setTrail] = useState<TrailFocus | null>(null);
  const [texts, setTexts] = useState<Map<Id, StcSourceText> | undefined>(undefined);
  const counts = useMemo(() => codeGroupCounts(rows), [rows]);
  const groupId = chosenGroup(rows, chosen);
  const choose = (id: Id) => {
    setChosen(id);
    setTrail({ kind: 'group', id });
  };
  const advice = (id: Id) => {
    const n = rows.subgroups.filter((s) => s.codeGroupId === id).length;
    return t('stc.groups.subgroupCount', { count: n });
  };
  return (
    <div className="stc-workspace">
      <CodeGroupList rows={rows} counts={counts} chosen={groupId} onChoose={choose} detail={advice} />
      {groupId ? (
        <GroupCondensation key={groupId} projectId={projectId} rows={rows} codeGroupId={groupId} trail={trail} setTrail={setTrail} onTexts={setTexts} />
      ) : (
        <div className="stc-work">
          <p className="empty-state">{t('stc.groups.noneYet')}</p>
        </div>
      )}
      <TrailPanel rows={rows} focus={trail ?? (groupId ? { kind: 'group', id: groupId } : null)} onFocus={setTrail} known={texts} />
    </div>
  );
}

function GroupCondensation(props: {
  projectId: Id;
  rows: StcRows;
  codeGroupId: Id;
  trail: TrailFocus | null;
  setTrail: (f: TrailFocus) => void;
  /** Hands the texts read up, so the trail beside reads only what this group does not show. */
  onTexts: (texts: Map<Id, StcSourceText> | undefined) => void;
}) {
  const { t } = useTranslation();
  const { rows, codeGroupId } = props;
  const stc = useStcRun(props.projectId);
  const [selected, setSelected] = useState<ReadonlySet<Id>>(new Set());
  const [target, setTarget] = useState<string>('');
  const [newName, setNewName] = useState('');
  const [overUnsorted, setOverUnsorted] = useState(false);
  const group = rows.codeGroups.find((g) => g.id === codeGroupId)!;
  const tr = useMemo(() => groupTrail(rows, codeGroupId), [rows, codeGroupId]);
  const count = useMemo(() => codeGroupCounts({ ...rows, codeGroups: [group] }).codeGroups[0]!, [rows, group]);
  const sourceIds = useMemo(
    () => [...tr.unsorted, ...tr.subgroups.flatMap((s) => [...s.meaningUnits, ...s.goldenQuotes])].map((s) => s.sourceId),
    [tr],
  );
  const texts = useSourceTexts(props.projectId, sourceIds);
  const { onTexts } = props;
  useEffect(() => onTexts(texts), [texts, onTexts]);
  const titles = useMemo(() => new Map(rows.sources.map((s) => [s.id, s.title])), [rows.sources]);

  // A unit that left the group (moved, undone elsewhere) leaves the selection too.
  const inGroup = useMemo(() => new Set(rows.placements.filter((p) => p.codeGroupId === codeGroupId).map((p) => p.meaningUnitId)), [rows.placements, codeGroupId]);
  useEffect(() => {
    if ([...selected].some((id) => !inGroup.has(id))) setSelected(new Set([...selected].filter((id) => inGroup.has(id))));
  }, [inGroup, selected]);

  const { runConfirmable, run } = stc;
  const sortInto = useCallback(
    async (subgroupId: Id | null, unitIds: Id[]) => {
      await runConfirmable(sortUnitsIntoSubgroup, { codeGroupId, subgroupId, unitIds });
      setSelected(new Set());
    },
    [runConfirmable, codeGroupId],
  );
  const work: GroupWork = {
    rows,
    codeGroupId,
    texts,
    titles,
    selected,
    toggle: (id) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    dragged: (id) => (selected.has(id) ? [...selected] : [id]),
    sortInto,
    trail: props.trail,
    showTrail: props.setTrail,
    stc,
  };
  const subIds = tr.subgroups.map((s) => s.subgroup.id);
  const create = async () => {
    const made = await run(createSubgroup, { codeGroupId, name: newName });
    if (made) {
      setNewName('');
      setTarget(made.id);
    }
  };
  const moveChosen = () => void sortInto(target === '' || target === 'unsorted' ? null : target, [...selected]);
  const advice = subgroupAdvice(rows, codeGroupId);
  const unsortedTitle = t('stc.condenseUnits.unsorted', { count: tr.unsorted.length });

  return (
    <GroupWorkContext.Provider value={work}>
      <div className="stc-work" aria-labelledby="stc-group-title">
        <header className="stc-work-head">
          <div>
            <h2 id="stc-group-title" className="stc-group-title">
              {group.name}
            </h2>
            <p className="muted small stc-group-facts">{materialCountText(t, count, rows.sources.length)}</p>
          </div>
          <form
            className="stc-inline-form stc-new-subgroup"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <input
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              aria-label={t('stc.subgroups.newLabel')}
              placeholder={t('stc.subgroups.newPlaceholder')}
            />
            <button type="submit" className="button button-primary" disabled={!newName.trim()}>
              {t('stc.subgroups.create')}
            </button>
          </form>
        </header>
        <p className={`stc-advice is-${advice}`} role="status">
          {t(`stc.advice.${advice}`)}
        </p>

        <div className="stc-sortbar" role="group" aria-label={t('stc.condenseUnits.sortLabel')}>
          <span className="stc-sortbar-count" aria-live="polite">
            {t('stc.condenseUnits.selected', { count: selected.size })}
          </span>
          <label className="field-compact">
            <span>{t('stc.condenseUnits.moveTo')}</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('stc.condenseUnits.chooseTarget')}</option>
              {tr.subgroups.map((s) => (
                <option key={s.subgroup.id} value={s.subgroup.id}>
                  {s.subgroup.name}
                </option>
              ))}
              <option value="unsorted">{t('stc.condenseUnits.unsortedTarget')}</option>
            </select>
          </label>
          <button type="button" className="button" disabled={selected.size === 0 || target === ''} onClick={moveChosen}>
            {t('stc.condenseUnits.move')}
          </button>
          {selected.size > 0 ? (
            <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
              {t('stc.condenseUnits.clear')}
            </button>
          ) : (
            <span className="muted small stc-sortbar-hint">{t('stc.condenseUnits.dragHint')}</span>
          )}
        </div>

        <section className={`stc-unsorted${overUnsorted ? ' is-drop-target' : ''}`} aria-label={unsortedTitle} {...unitDropTarget((ids) => void sortInto(null, ids), setOverUnsorted)}>
          <h3 className="stc-minor-title">{unsortedTitle}</h3>
          {tr.unsorted.length === 0 ? (
            <p className="muted small stc-hint">{t('stc.condenseUnits.allSorted')}</p>
          ) : (
            <ul className="stc-units">
              {tr.unsorted.map(({ unit }) => (
                <UnitRow key={unit.id} unit={unit} subgroup={null} quoted={false} />
              ))}
            </ul>
          )}
        </section>

        {tr.subgroups.map((s, i) => (
          <SubgroupCard
            key={s.subgroup.id}
            sub={s}
            index={i}
            total={tr.subgroups.length}
            count={count.subgroups.find((c) => c.subgroupId === s.subgroup.id)}
            onMove={(id, by) => void run(reorderSubgroups, { codeGroupId, ids: movedBy(subIds, id, by) })}
          />
        ))}
      </div>
      <QuoteLossDialog rows={rows} pending={stc.pending} onCancel={stc.dismiss} />
    </GroupWorkContext.Provider>
  );
}
