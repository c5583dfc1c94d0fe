import { useTranslation } from 'react-i18next';
import type { Attribute, SavedSearchFilters, Source, SpeakerRole } from '../../../shared/model';
import type { CodeIndex } from '../coding/code-index';
import { hasFilters, noFilters } from './search-results';

const roles: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** Narrow the hits by speaker role, source attributes, and inside or outside the codings of a code. */
export function SearchFilters(props: {
  filters: SavedSearchFilters;
  onChange: (filters: SavedSearchFilters) => void;
  attributes: Attribute[];
  sources: Source[];
  codes: CodeIndex;
}) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const set = (patch: Partial<SavedSearchFilters>) => onChange({ ...filters, ...patch });
  const valuesOf = (attributeId: string) =>
    [...new Set(props.sources.map((s) => s.attributes[attributeId]).filter((v) => v !== null && v !== undefined).map(String))].sort();
  const code = filters.code;

  return (
    <details className="search-filters" open={hasFilters(filters) || undefined}>
      <summary>{t('search.filters.label')}</summary>
      <fieldset>
        <legend>{t('search.filters.roles')}</legend>
        {roles.map((r) => (
          <label key={r} className="toggle">
            <input
              type="checkbox"
              checked={filters.roles.includes(r)}
              onChange={(e) => set({ roles: e.target.checked ? [...filters.roles, r] : filters.roles.filter((x) => x !== r) })}
            />
            {t(`import.roles.${r}`)}
          </label>
        ))}
      </fieldset>
      {props.attributes.map((a) => (
        <label key={a.id} className="field">
          {a.name}
          <select
            value={filters.attributes[a.id]?.[0] ?? ''}
            onChange={(e) => {
              const attributes = { ...filters.attributes };
              if (e.target.value) attributes[a.id] = [e.target.value];
              else delete attributes[a.id];
              set({ attributes });
            }}
          >
            <option value="">{t('search.filters.any')}</option>
            {valuesOf(a.id).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="search-code-filter">
        <label className="field">
          {t('search.filters.code')}
          <select
            value={code?.where ?? ''}
            onChange={(e) => {
              const where = e.target.value as '' | 'inside' | 'outside';
              const codeId = code?.codeId ?? props.codes.ordered[0]?.code.id;
              set({ code: where && codeId ? { codeId, where } : null });
            }}
          >
            <option value="">{t('search.filters.codeAny')}</option>
            <option value="inside">{t('search.filters.inside')}</option>
            <option value="outside">{t('search.filters.outside')}</option>
          </select>
        </label>
        {code && (
          <select aria-label={t('search.filters.codeOf')} value={code.codeId} onChange={(e) => set({ code: { ...code, codeId: e.target.value } })}>
            {props.codes.ordered.map((c) => (
              <option key={c.code.id} value={c.code.id}>
                {c.path}
              </option>
            ))}
          </select>
        )}
      </div>
      {hasFilters(filters) && (
        <button type="button" className="button" onClick={() => onChange(noFilters())}>
          {t('search.filters.clear')}
        </button>
      )}
    </details>
  );
}
