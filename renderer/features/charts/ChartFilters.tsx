import { useTranslation } from 'react-i18next';
import { chartFiltered, chartFilterable, type ChartKind, type ChartRows } from '../../../shared/charts';
import type { SpeakerRole } from '../../../shared/model';
import type { RetrievalFilters } from '../../../shared/retrieval/query';

/** The roles in the order the import and retrieval list them. */
const roleOrder: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** One value or none: the compact filters choose a single value per field ("" = all). */
const single = (value: string): string[] | undefined => (value ? [value] : undefined);

/**
 * Filters above a chart: a source attribute's value, the speaker role of the message a coding
 * starts in (only the roles present in the project) and the coder (when more than one has coded).
 * The same filters as Analysis ▸ segments; the chart's title says what it is filtered by.
 */
export function ChartFilters({
  rows,
  kind,
  filters,
  onChange,
}: {
  rows: ChartRows;
  kind: ChartKind;
  filters: RetrievalFilters;
  onChange: (filters: RetrievalFilters) => void;
}) {
  const { t } = useTranslation();
  const filtered = chartFiltered(filters);
  if (!chartFilterable(kind)) return filtered ? <p className="charts-filters-note">{t('charts.filters.notApplicable')}</p> : null;

  const present = new Set(rows.messages?.map((m) => m.role));
  const roles = roleOrder.filter((r) => present.has(r));
  const coders = rows.coders ?? [];
  const attributes = (rows.attributes ?? [])
    .map((a) => ({
      ...a,
      values: [...new Set(rows.sources.map((s) => s.attributes?.[a.id]).filter((v) => v != null).map(String))].sort((x, y) =>
        x.localeCompare(y),
      ),
    }))
    .filter((a) => a.values.length > 0);
  if (roles.length === 0 && coders.length < 2 && attributes.length === 0) return null;

  const setAttribute = (id: string, value: string) => {
    const next = { ...(filters.attributes ?? {}) };
    if (value) next[id] = [value];
    else delete next[id];
    onChange({ ...filters, attributes: Object.keys(next).length ? next : undefined });
  };

  return (
    <div className="charts-controls charts-filters" role="group" aria-label={t('charts.filters.label')}>
      {roles.length > 0 && (
        <label className="charts-field">
          {t('charts.filters.role')}
          <select value={filters.roles?.[0] ?? ''} onChange={(e) => onChange({ ...filters, roles: single(e.target.value) as SpeakerRole[] | undefined })}>
            <option value="">{t('charts.filters.any')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`import.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {coders.length > 1 && (
        <label className="charts-field">
          {t('charts.filters.coder')}
          <select value={filters.coderIds?.[0] ?? ''} onChange={(e) => onChange({ ...filters, coderIds: single(e.target.value) })}>
            <option value="">{t('charts.filters.any')}</option>
            {coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {attributes.map((a) => (
        <label key={a.id} className="charts-field">
          {a.name}
          <select value={filters.attributes?.[a.id]?.[0] ?? ''} onChange={(e) => setAttribute(a.id, e.target.value)}>
            <option value="">{t('charts.filters.any')}</option>
            {a.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      {filtered && (
        <button type="button" className="button" onClick={() => onChange({})}>
          {t('charts.filters.clear')}
        </button>
      )}
    </div>
  );
}
