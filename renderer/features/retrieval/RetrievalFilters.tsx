import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerRole } from '../../../shared/model';
import type { RetrievalFilters as Filters, RetrievalInput } from '../../../shared/retrieval/query';
import { useAttributes } from '../../store/queries/attributes';
import { useCoders } from '../../store/queries/coders';
import { formatNumber } from '../../i18n/format';

const roles: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

const toggled = <T,>(list: T[] | undefined, item: T, on: boolean): T[] | undefined => {
  const next = on ? [...(list ?? []), item] : (list ?? []).filter((x) => x !== item);
  return next.length ? next : undefined;
};
const numberOrUndefined = (value: string) => (value.trim() === '' ? undefined : Number(value));

/**
 * Narrow the segments by source, speaker role, case attributes, coder and reply delay. Opened at
 * first when a link set filters (a chart cell's source), so the user sees what narrows the list.
 */
export function RetrievalFilters({
  input,
  filters,
  onChange,
  initiallyOpen = false,
}: {
  input: RetrievalInput;
  filters: Filters;
  onChange: (f: Filters) => void;
  initiallyOpen?: boolean;
}) {
  const [open] = useState(initiallyOpen);
  const { t, i18n } = useTranslation();
  const projectId = input.sources[0]?.projectId ?? input.codes[0]?.projectId ?? '';
  const attributes = useAttributes(projectId);
  const coders = useCoders(projectId);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const valuesOf = (attributeId: string) =>
    [...new Set(input.sources.map((s) => s.attributes[attributeId]).filter((v) => v != null).map(String))].sort();

  return (
    <details className="retrieval-filters" open={open || undefined}>
      <summary>{t('retrieval.filters')}</summary>
      <label className="field">
        {t('retrieval.sources')}
        <select
          multiple
          size={Math.min(8, Math.max(3, input.sources.length))}
          value={filters.sourceIds ?? []}
          onChange={(e) => {
            const ids = Array.from(e.target.selectedOptions, (o) => o.value);
            set({ sourceIds: ids.length ? ids : undefined });
          }}
        >
          {input.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('retrieval.roles')}</legend>
        {roles.map((r) => (
          <label key={r} className="toggle">
            <input type="checkbox" checked={filters.roles?.includes(r) ?? false} onChange={(e) => set({ roles: toggled(filters.roles, r, e.target.checked) })} />
            {t(`import.roles.${r}`)}
          </label>
        ))}
      </fieldset>
      {coders && coders.length > 1 && (
        <fieldset>
          <legend>{t('retrieval.coders')}</legend>
          {coders.map((c) => (
            <label key={c.id} className="toggle">
              <input type="checkbox" checked={filters.coderIds?.includes(c.id) ?? false} onChange={(e) => set({ coderIds: toggled(filters.coderIds, c.id, e.target.checked) })} />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      {attributes?.map((a) => (
        <label key={a.id} className="field">
          {a.name}
          <select
            value={filters.attributes?.[a.id]?.[0] ?? ''}
            onChange={(e) => {
              const attributes = { ...(filters.attributes ?? {}) };
              if (e.target.value) attributes[a.id] = [e.target.value];
              else delete attributes[a.id];
              set({ attributes: Object.keys(attributes).length ? attributes : undefined });
            }}
          >
            <option value="">{t('retrieval.any')}</option>
            {valuesOf(a.id).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      <fieldset>
        <legend>{t('retrieval.delay')}</legend>
        <label className="field">
          {t('retrieval.minHours')}
          <input type="number" min={0} value={filters.delay?.minHours ?? ''} onChange={(e) => set({ delay: { ...filters.delay, minHours: numberOrUndefined(e.target.value) } })} />
        </label>
        <label className="field">
          {t('retrieval.maxHours')}
          <input type="number" min={0} value={filters.delay?.maxHours ?? ''} onChange={(e) => set({ delay: { ...filters.delay, maxHours: numberOrUndefined(e.target.value) } })} />
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.delay?.overDeadline ?? false}
            onChange={(e) => set({ delay: { ...filters.delay, overDeadline: e.target.checked || undefined } })}
          />
          {t('retrieval.overDeadline', { hours: formatNumber(input.deadlineHours, i18n.language) })}
        </label>
      </fieldset>
    </details>
  );
}
