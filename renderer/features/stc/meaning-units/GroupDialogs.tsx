import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeGroup, MeaningUnit } from '../../../../shared/model';
import { byOrder } from '../../../../shared/stc/rows';
import { mergeCodeGroups, splitCodeGroup } from '../../../store/commands/stc';
import type { StcRows } from '../../../store/queries/stc';
import { Dialog } from '../../codebook/Dialog';
import { passageOf } from '../passage';
import type { StcActions } from '../useStcActions';
import type { UnitLists } from './unit-lists';

/** Merges a code group into another one the user picks; asks again if golden quotes would go. */
export function MergeGroupDialog(props: { group: CodeGroup; rows: StcRows; actions: StcActions; onClose: () => void }) {
  const { t } = useTranslation();
  const others = byOrder(props.rows.codeGroups).filter((g) => g.id !== props.group.id);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const projectId = props.rows.projectId;
  return (
    <Dialog
      open
      title={t('stc.units.mergeTitle', { name: props.group.name })}
      confirmLabel={t('stc.units.mergeDo')}
      cancelLabel={t('stc.units.cancel')}
      onCancel={props.onClose}
      onConfirm={() => {
        props.onClose();
        void props.actions.confirmable((h, confirmQuotes) =>
          mergeCodeGroups(h, { projectId, fromId: props.group.id, intoId: into, confirmQuotes }),
        );
      }}
    >
      <p>{t('stc.units.mergeBody', { name: props.group.name })}</p>
      <label className="field">
        <span>{t('stc.units.mergeInto')}</span>
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          {others.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}

/** Splits chosen meaning units (and subgroups) of a code group off into a new group. */
export function SplitGroupDialog(props: {
  group: CodeGroup;
  units: MeaningUnit[];
  rows: StcRows;
  lists: UnitLists;
  actions: StcActions;
  coderId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [unitIds, setUnitIds] = useState<Set<string>>(
    () => new Set([...props.lists.selected].filter((id) => props.units.some((u) => u.id === id))),
  );
  const [subgroupIds, setSubgroupIds] = useState<Set<string>>(new Set());
  const subgroups = byOrder(props.rows.subgroups.filter((s) => s.codeGroupId === props.group.id));
  const projectId = props.rows.projectId;
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  return (
    <Dialog
      open
      wide
      title={t('stc.units.splitTitle', { name: props.group.name })}
      confirmLabel={t('stc.units.splitDo')}
      cancelLabel={t('stc.units.cancel')}
      onCancel={props.onClose}
      onConfirm={() => {
        const authorId = props.coderId;
        if (!authorId) return;
        props.onClose();
        void props.actions.confirmable((h, confirmQuotes) =>
          splitCodeGroup(h, {
            projectId,
            codeGroupId: props.group.id,
            name,
            unitIds: [...unitIds],
            subgroupIds: [...subgroupIds],
            authorId,
            confirmQuotes,
          }),
        );
      }}
    >
      <label className="field">
        <span>{t('stc.units.splitName')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      {subgroups.length > 0 && (
        <fieldset className="split-list">
          <legend>{t('stc.units.splitSubgroups')}</legend>
          <ul>
            {subgroups.map((s) => (
              <li key={s.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={subgroupIds.has(s.id)}
                    onChange={(e) => setSubgroupIds((set) => toggle(set, s.id, e.target.checked))}
                  />
                  {s.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset className="split-list">
        <legend>{t('stc.units.splitUnits')}</legend>
        <ul>
          {props.units.map((u) => (
            <li key={u.id}>
              <label className="check split-item">
                <input
                  type="checkbox"
                  checked={unitIds.has(u.id)}
                  onChange={(e) => setUnitIds((set) => toggle(set, u.id, e.target.checked))}
                />
                <span>
                  <strong>{props.lists.sourceTitle.get(u.sourceId)}</strong>{' '}
                  <span className="split-snippet">{passageOf(props.lists.passages, u).text}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Dialog>
  );
}
