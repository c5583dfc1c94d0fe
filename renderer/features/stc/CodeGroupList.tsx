import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import type { StcCounts } from '../../../shared/stc/counts';
import { byOrder, type StcRows } from '../../../shared/stc/rows';

/**
 * The code groups to work on, in their order, each with how many meaning units it holds; the chosen
 * one is marked (aria-current). Steps 3 and 4 both start from it. `detail` adds a step's own line.
 */
export function CodeGroupList(props: {
  rows: StcRows;
  counts: StcCounts;
  chosen: Id | null;
  onChoose: (id: Id) => void;
  detail?: (codeGroupId: Id) => ReactNode;
}) {
  const { t } = useTranslation();
  const countOf = new Map(props.counts.codeGroups.map((c) => [c.codeGroupId, c]));
  const groups = byOrder(props.rows.codeGroups);
  return (
    <nav className="stc-groups" aria-label={t('stc.groups.label')}>
      <h2 className="stc-pane-title">{t('stc.groups.title')}</h2>
      {groups.length === 0 ? (
        <p className="muted small">{t('stc.groups.none')}</p>
      ) : (
        <ul className="stc-group-list">
          {groups.map((g) => {
            const count = countOf.get(g.id);
            return (
              <li key={g.id}>
                <button
                  type="button"
                  className="stc-group-button"
                  aria-current={props.chosen === g.id ? 'true' : undefined}
                  onClick={() => props.onChoose(g.id)}
                >
                  <span className="stc-group-name">{g.name}</span>
                  <span className="stc-group-count" aria-label={t('stc.groups.unitCount', { count: count?.meaningUnits ?? 0 })}>
                    {count?.meaningUnits ?? 0}
                  </span>
                  {props.detail && <span className="stc-group-detail">{props.detail(g.id)}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}

/** The group a step shows: the one chosen if it still exists, else the first. */
export function chosenGroup(rows: StcRows, chosen: Id | null): Id | null {
  if (chosen && rows.codeGroups.some((g) => g.id === chosen)) return chosen;
  return byOrder(rows.codeGroups)[0]?.id ?? null;
}
