import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hitContext, scanForPersonalData } from '../../../shared/anonymise';
import { entrySources, hitKey, type FileEntry } from './batch';

/** Finds personal data in a file's sources and lets the user accept or reject each hit in context. */
export function PersonalDataReview({ entry, onChange }: { entry: FileEntry; onChange: (entry: FileEntry) => void }) {
  const { t } = useTranslation();
  const [names, setNames] = useState(entry.anonymisation?.names.join(', ') ?? '');
  const sources = entrySources(entry);
  const scan = () => {
    const list = names.split(',').map((n) => n.trim()).filter(Boolean);
    onChange({
      ...entry,
      anonymisation: { names: list, hits: sources.map((s) => scanForPersonalData(s.text, { names: list })), rejected: [] },
    });
  };
  const choice = entry.anonymisation;
  const total = choice?.hits.reduce((n, h) => n + h.length, 0) ?? 0;
  const rejected = new Set(choice?.rejected ?? []);

  return (
    <details className="personal-data">
      <summary>{t('import.personalData')}</summary>
      <div className="form-row">
        <label className="field">
          <span>{t('import.scanNames')}</span>
          <input value={names} onChange={(e) => setNames(e.target.value)} />
        </label>
        <button type="button" className="button" onClick={scan}>
          {choice ? t('import.rescan') : t('import.scan')}
        </button>
      </div>
      {choice && (
        <p role="status">{total === 0 ? t('import.scanNone') : t('import.scanFound', { count: total })}</p>
      )}
      {choice && total > 0 && (
        <ul className="hit-list">
          {choice.hits.flatMap((hits, sourceIndex) =>
            hits.map((hit) => {
              const context = hitContext(sources[sourceIndex]!.text, hit);
              return (
                <li key={`${sourceIndex}-${hit.id}`}>
                  <label className="hit">
                    <input
                      type="checkbox"
                      checked={!rejected.has(hitKey(sourceIndex, hit))}
                      aria-label={t('import.replaceHit', { match: hit.match, placeholder: hit.placeholder })}
                      onChange={(e) => {
                        const next = new Set(rejected);
                        if (e.target.checked) next.delete(hitKey(sourceIndex, hit));
                        else next.add(hitKey(sourceIndex, hit));
                        onChange({ ...entry, anonymisation: { ...choice, rejected: [...next] } });
                      }}
                    />
                    <span className="badge">{t(`import.kinds.${hit.kind}`)}</span>
                    <span className="hit-context">
                      …{context.before}
                      <mark>{context.match}</mark>
                      {context.after}… → <code>{hit.placeholder}</code>
                    </span>
                  </label>
                </li>
              );
            }),
          )}
        </ul>
      )}
    </details>
  );
}
