import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../store/commands/merge';

type Action = MergeConflict['action'];

/** What a conflict says, in the user's words. */
function describe(t: TFunction, c: MergeConflict): string {
  switch (c.kind) {
    case 'definition':
      return t('merge.conflict.definition', c);
    case 'moved':
      return t('merge.conflict.moved', c);
    case 'missing':
      return t('merge.conflict.missing', { ...c, count: c.codings });
    case 'source-added':
      return t('merge.conflict.sourceAdded', c);
    case 'source-differs':
      return t('merge.conflict.sourceDiffers', c);
    case 'coder-same-name':
      return t('merge.conflict.coderSameName', c);
  }
}

/** What an action will do about this conflict. */
function actionText(t: TFunction, c: MergeConflict, action: Action): string {
  if (c.kind === 'definition')
    return action === 'add-theirs' ? t('merge.action.addTheirs', c) : action === 'use-theirs' ? t('merge.action.useTheirs') : t('merge.action.keepOurs');
  if (c.kind === 'moved') return t('merge.action.keepOursPlace');
  if (c.kind === 'missing') return t('merge.action.keepOursCodings');
  if (c.kind === 'coder-same-name') return action === 'separate' ? t('merge.action.separate', c) : t('merge.action.sameCoder');
  if (action === 'skip') return t('merge.action.skipSource');
  return c.kind === 'source-differs' ? t('merge.action.addSourceAs', c) : t('merge.action.addSource');
}

/** One conflict in the merge preview, with what will be done about it (a choice where there is one). */
export function ConflictItem(props: { conflict: MergeConflict; disabled: boolean; onChoose: (id: string, action: Action) => void }) {
  const { t } = useTranslation();
  const { conflict } = props;
  const id = useId();
  const name = 'name' in conflict ? conflict.name : conflict.title;
  const actions = conflict.actions as Action[];
  return (
    <li className={`merge-conflict merge-conflict-${conflict.kind}`}>
      <p id={id}>{describe(t, conflict)}</p>
      {actions.length > 1 ? (
        <select
          aria-label={t('merge.actionLabel', { name })}
          aria-describedby={id}
          value={conflict.action}
          disabled={props.disabled}
          onChange={(e) => props.onChoose(conflict.id, e.target.value as Action)}
        >
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionText(t, conflict, action)}
            </option>
          ))}
        </select>
      ) : (
        <p className="merge-action">→ {actionText(t, conflict, conflict.action)}</p>
      )}
    </li>
  );
}
