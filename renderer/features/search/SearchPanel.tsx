import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, SavedSearch, SavedSearchFilters } from '../../../shared/model';
import type { SearchLanguage, SearchMode, SearchQueryError } from '../../../shared/search';
import { formatNumber } from '../../i18n/format';
import { firstPage } from '../../search/answer-query';
import type { ResultLine } from '../../search/protocol';
import { useProjectSearch } from '../../search/useProjectSearch';
import { useAttributes } from '../../store/queries/attributes';
import { useCodingRanges, useMessageTimes } from '../../store/queries/search-rows';
import { useProjectCodes } from '../../store/queries/source-document';
import { useSources } from '../../store/queries/sources';
import { indexCodes } from '../coding/code-index';
import { useCoder } from '../coding/useCodingActions';
import { AutoCodePanel } from './AutoCodePanel';
import { SavedSearches } from './SavedSearches';
import { SearchFilters } from './SearchFilters';
import { filterLines, groupLines, noFilters, type SearchSort } from './search-results';
import { lineKey, SearchResults } from './SearchResults';
import './search.css';

/** Hits listed at most, after asking for more: more than anyone reads, few enough to list at once. */
const hitLimit = 2000;
/** Typing pauses this long before the query is sent; the input itself never waits. */
const debounceMs = 120;

type Answer = { lines: ResultLine[]; texts: number; more: boolean } | { error: SearchQueryError };

const languageOf = (lng: string): SearchLanguage => (lng.startsWith('nn') ? 'nn' : lng.startsWith('en') ? 'en' : 'nb');
const searchLanguages: SearchLanguage[] = ['nb', 'nn', 'en'];
/**
 * The language of each project's texts as chosen in this session (the stemmer and stop words
 * follow the texts, not the menus: Norwegian interviews read with an English interface are still
 * Norwegian). Until chosen, the interface language.
 */
const textLanguage = new Map<string, SearchLanguage>();

/**
 * The Search tab: a query answered as it is typed (in the worker, debounced, stale answers
 * dropped), keyword-in-context lines grouped by source, filters and sorting, saved searches, and
 * auto-coding of the chosen hits.
 */
export function SearchPanel({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<SearchMode>('words');
  const [options, setOptions] = useState({ stopWords: true, foldAa: false });
  const [filters, setFilters] = useState<SavedSearchFilters>(noFilters);
  const [sort, setSort] = useState<SearchSort>('source');
  const [width, setWidth] = useState(60);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [language, setLanguage] = useState<SearchLanguage>(() => textLanguage.get(project.id) ?? languageOf(i18n.language));
  const [unchosen, setUnchosen] = useState<Set<string>>(() => new Set());
  // The page length asked for, for one query: a new query starts at the first page again.
  const [paging, setPaging] = useState({ key: '', limit: firstPage });
  const pagingKey = `${mode}:${query}`;
  const pageLimit = paging.key === pagingKey ? paging.limit : firstPage;
  const { host, status } = useProjectSearch(project.id, { language, ...options });
  const sources = useSources(project.id);
  const attributes = useAttributes(project.id);
  const codes = useProjectCodes(project.id);
  const codings = useCodingRanges(project.id);
  const times = useMessageTimes(project.id);
  const coder = useCoder(project.id);
  const codeIndex = useMemo(() => indexCodes(codes ?? []), [codes]);

  const ready = status.phase === 'ready';
  useEffect(() => {
    if (!host || query.trim() === '') {
      setAnswer(null);
      return;
    }
    // An answer that arrives after the query changed (or was cleared) is not shown.
    let live = true;
    const timer = setTimeout(() => {
      void host.query(query, mode, pageLimit, width).then((a) => {
        if (a && live) setAnswer(a);
      });
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [host, query, mode, width, ready, pageLimit]);
  useEffect(() => setUnchosen(new Set()), [query, mode]);

  const context = useMemo(
    () => ({ sources: new Map((sources ?? []).map((s) => [s.id, s])), codes: codes ?? [], codings: codings ?? [], times }),
    [sources, codes, codings, times],
  );
  const lines = useMemo(() => (answer && 'lines' in answer ? answer.lines : []), [answer]);
  const shown = useMemo(() => filterLines(lines, filters, context), [lines, filters, context]);
  const groups = useMemo(() => groupLines(shown, sort, context), [shown, sort, context]);
  const chosenHits = useMemo(
    () => shown.filter((l) => l.sourceId !== undefined && !unchosen.has(lineKey(l))).map((l) => ({ sourceId: l.sourceId, start: l.start, end: l.end })),
    [shown, unchosen],
  );
  const codable = shown.filter((l) => l.sourceId !== undefined).length;

  const run = (s: SavedSearch) => {
    setQuery(s.query);
    setMode(s.mode);
    setOptions({ ...s.options });
    setFilters({ roles: [...s.filters.roles], attributes: { ...s.filters.attributes }, code: s.filters.code ? { ...s.filters.code } : null });
  };

  const statusText =
    status.phase === 'indexing'
      ? t('search.status.indexing', { done: formatNumber(status.done, i18n.language, 0), total: formatNumber(status.total, i18n.language, 0) })
      : status.phase === 'ready'
        ? t('search.status.ready', { count: formatNumber(status.documents, i18n.language, 0) })
        : status.phase === 'failed'
          ? t('search.status.failed')
          : t('search.status.starting');

  return (
    <div className="search-panel">
      <div className="search-main">
        <h2>{t('search.title')}</h2>
        <p className="muted search-intro">{t('search.intro')}</p>
        <div className="search-bar">
          <input
            type="search"
            className="search-input"
            aria-label={t('search.query')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-invalid={answer !== null && 'error' in answer}
            aria-describedby="search-feedback"
          />
          <label className="field-compact">
            {t('search.mode.label')}{' '}
            <select value={mode} onChange={(e) => setMode(e.target.value as SearchMode)}>
              <option value="words">{t('search.mode.words')}</option>
              <option value="regex">{t('search.mode.regex')}</option>
            </select>
          </label>
        </div>
        <fieldset className="search-options">
          <legend className="visually-hidden">{t('search.options.label')}</legend>
          <label className="field-compact">
            {t('search.options.language')}{' '}
            <select
              value={language}
              onChange={(e) => {
                const next = e.target.value as SearchLanguage;
                textLanguage.set(project.id, next);
                setLanguage(next);
              }}
            >
              {searchLanguages.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="toggle">
            <input type="checkbox" checked={options.stopWords} onChange={(e) => setOptions({ ...options, stopWords: e.target.checked })} />
            {t('search.options.stopWords')}
          </label>
          <label className="toggle">
            <input type="checkbox" checked={options.foldAa} onChange={(e) => setOptions({ ...options, foldAa: e.target.checked })} />
            {t('search.options.foldAa')}
          </label>
          <label className="field-compact">
            {t('search.width')}{' '}
            <input type="number" min={10} max={400} step={10} value={width} onChange={(e) => setWidth(Math.max(10, Math.min(400, Number(e.target.value) || 60)))} />
          </label>
        </fieldset>
        <SearchFilters filters={filters} onChange={setFilters} attributes={attributes ?? []} sources={sources ?? []} codes={codeIndex} />
        <p className="search-status muted" role="status">
          {statusText}
          {status.phase === 'indexing' && <progress max={status.total} value={status.done} aria-hidden="true" />}
        </p>
        <div id="search-feedback" className="search-feedback" aria-live="polite">
          {answer === null ? (
            query.trim() === '' && <p className="muted">{t('search.results.prompt')}</p>
          ) : 'error' in answer ? (
            <p className="error">{t(`search.errors.${answer.error.code}`, answer.error.params)}</p>
          ) : (
            <div className="search-results-head">
              <h3 className="search-count">
                {shown.length !== lines.length
                  ? t('search.results.filtered', { shown: shown.length, count: lines.length })
                  : answer.more
                    ? t('search.paging.texts', { count: answer.texts, shown: lines.length })
                    : t('search.results.found', { count: lines.length })}
              </h3>
              {lines.length > 0 && (
                <label className="field-compact">
                  {t('search.sort.label')}{' '}
                  <select value={sort} onChange={(e) => setSort(e.target.value as SearchSort)}>
                    {(['source', 'role', 'date'] as const).map((s) => (
                      <option key={s} value={s}>
                        {t(`search.sort.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {codable > 0 && (
                <span className="search-choose">
                  <button type="button" className="button" onClick={() => setUnchosen(new Set())}>
                    {t('search.chooseAll')}
                  </button>
                  <button type="button" className="button" onClick={() => setUnchosen(new Set(shown.map(lineKey)))}>
                    {t('search.chooseNone')}
                  </button>
                </span>
              )}
              {lines.length === 0 && <p className="muted">{t('search.results.none')}</p>}
              {answer.more && pageLimit < hitLimit && (
                <button type="button" className="button" onClick={() => setPaging({ key: pagingKey, limit: Math.min(hitLimit, pageLimit * 2) })}>
                  {t('search.paging.showMore')}
                </button>
              )}
              {answer.more && pageLimit >= hitLimit && <p className="muted">{t('search.results.more', { count: lines.length })}</p>}
            </div>
          )}
        </div>
        <SearchResults
          groups={groups}
          unchosen={unchosen}
          onChoose={(key, chosen) =>
            setUnchosen((prev) => {
              const next = new Set(prev);
              if (chosen) next.delete(key);
              else next.add(key);
              return next;
            })
          }
        />
      </div>
      <aside className="search-side">
        <AutoCodePanel
          projectId={project.id}
          codes={codeIndex}
          hits={chosenHits}
          total={codable}
          notCodable={shown.length - codable}
          listAll={
            answer && 'lines' in answer && answer.more && pageLimit < hitLimit
              ? { limit: hitLimit, onList: () => setPaging({ key: pagingKey, limit: hitLimit }) }
              : undefined
          }
        />
        <SavedSearches projectId={project.id} authorId={coder?.id ?? null} current={{ query, mode, options, filters }} onRun={run} />
      </aside>
    </div>
  );
}
