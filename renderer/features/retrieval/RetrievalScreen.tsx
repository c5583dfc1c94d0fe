import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, SpeakerRole } from '../../../shared/model';
import { emptyRetrievalQuery, retrievalOperators, type RetrievalOperator, type RetrievalQuery } from '../../../shared/retrieval/query';
import { runRetrieval } from '../../../shared/retrieval/run';
import { retrievalQueryFromHash } from '../../../shared/retrieval/link';
import { segmentsToCsv, segmentsToMarkdown, type SegmentColumnLabels } from '../../../shared/retrieval/export';
import type { CsvSeparator } from '../../../shared/retrieval/csv-unparse';
import { useApp } from '../../services/AppContext';
import { formatDuration, formatNumber, formatOrList } from '../../i18n/format';
import { useToast } from '../../ui/Toasts';
import { indexCodes } from '../coding/code-index';
import { CodePicker } from './CodePicker';
import { RetrievalFilters } from './RetrievalFilters';
import { SegmentList } from './SegmentList';
import { useRetrievalInput } from '../../store/queries/retrieval-input';

const roles: SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** Excel opens `;`-separated files where the decimal sign is a comma (Norwegian settings). */
const defaultSeparator = (language: string): CsvSeparator => (language === 'en' ? ',' : ';');

/** The coded-segments view inside the Analysis hub, which owns the screen heading and the tabs. */
export function RetrievalPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="screen-subtitle">{t('retrieval.title')}</h2>
      <Retrieval project={project} />
    </>
  );
}

function Retrieval({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [separator, setSeparator] = useState<CsvSeparator | null>(null);
  const { bridge, reportError } = useApp();
  const toast = useToast();
  const input = useRetrievalInput(project);
  // A link may ask for a query (a chart cell opens its passages: #/analysis/segments?codes=…&sources=…);
  // it is shown in the usual controls, so the user can change it from there.
  const [linked] = useState(() => retrievalQueryFromHash(window.location.hash));
  const [query, setQuery] = useState<RetrievalQuery>(() => linked ?? emptyRetrievalQuery());
  const index = useMemo(() => indexCodes(input?.codes ?? []), [input?.codes]);
  const segments = useMemo(() => (input && query.codes.length > 0 ? runRetrieval(input, query) : []), [input, query]);
  const needsOthers = query.operator !== 'or' && query.operator !== 'and';
  const set = (patch: Partial<RetrievalQuery>) => setQuery((q) => ({ ...q, ...patch }));

  if (!input) return null;
  const labels: SegmentColumnLabels = {
    title: t('retrieval.exportTitle', { project: project.name }),
    source: t('retrieval.col.source'),
    start: t('retrieval.col.start'),
    end: t('retrieval.col.end'),
    speaker: t('retrieval.col.speaker'),
    role: t('retrieval.col.role'),
    delay: t('retrieval.col.delay'),
    codes: t('retrieval.col.codes'),
    text: t('retrieval.col.text'),
    roles: Object.fromEntries(roles.map((r) => [r, t(`import.roles.${r}`)])) as Record<SpeakerRole, string>,
    duration: (hours) => formatDuration(hours, language),
  };
  const csvSeparator = separator ?? defaultSeparator(language);
  // Which list is which: the chosen codes (A) are what is found; the others (B) only filter them.
  const named = (ids: string[], none: string) =>
    ids.length === 0 ? none : formatOrList(ids.map((id) => `«${index.paths.get(id) ?? ''}»`), language);
  const explanation = needsOthers
    ? t(`retrieval.explainWith.${query.operator as 'not' | 'overlaps' | 'within' | 'near'}`, {
        a: named(query.codes, t('retrieval.sides.anyA')),
        b: named(query.others, t('retrieval.sides.anyB')),
        distance: formatNumber(query.nearDistance, language),
      })
    : t(`retrieval.explain.${query.operator}`);
  const save = async (kind: 'csv' | 'md') => {
    try {
      const data = kind === 'csv' ? segmentsToCsv(segments, input.codes, labels, csvSeparator) : segmentsToMarkdown(segments, input.codes, labels);
      const saved = await bridge.saveFile({
        suggestedName: `${t('retrieval.fileName')}.${kind}`,
        filters: [{ name: kind === 'csv' ? 'CSV' : 'Markdown', extensions: [kind] }],
        data,
      });
      if (saved.saved) toast({ message: t('retrieval.exported', { file: saved.fileName }) });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="retrieval-layout">
      <form className="card retrieval-query" aria-label={t('retrieval.queryLabel')} onSubmit={(e) => e.preventDefault()}>
        <p className="muted">{t('retrieval.intro')}</p>
        <CodePicker legend={needsOthers ? t('retrieval.sides.a') : t('retrieval.codes')} index={index} chosen={query.codes} onChange={(codes) => set({ codes })} name="codes" />
        <label className="field">
          {t('retrieval.operator')}
          <select value={query.operator} onChange={(e) => set({ operator: e.target.value as RetrievalOperator })}>
            {retrievalOperators.map((o) => (
              <option key={o} value={o}>
                {t(`retrieval.op.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted retrieval-explain" aria-live="polite">
          {explanation}
        </p>
        {query.operator === 'near' && (
          <label className="field">
            {t('retrieval.nearDistance')}
            <input type="number" min={0} step={50} value={query.nearDistance} onChange={(e) => set({ nearDistance: Math.max(0, Number(e.target.value)) })} />
          </label>
        )}
        {needsOthers && (
          <CodePicker legend={t('retrieval.sides.b')} index={index} chosen={query.others} onChange={(others) => set({ others })} name="others" />
        )}
        <label className="toggle">
          <input type="checkbox" checked={query.includeDescendants} onChange={(e) => set({ includeDescendants: e.target.checked })} />
          {t('retrieval.includeDescendants')}
        </label>
        <RetrievalFilters
          input={input}
          filters={query.filters}
          onChange={(filters) => set({ filters })}
          initiallyOpen={linked !== null && Object.keys(linked.filters).length > 0}
        />
        <button type="button" className="button" onClick={() => setQuery(emptyRetrievalQuery())}>
          {t('retrieval.reset')}
        </button>
      </form>
      <div className="retrieval-results">
        <div className="retrieval-results-head">
          <h2 aria-live="polite">{query.codes.length === 0 ? t('retrieval.pickCodes') : t('retrieval.found', { count: segments.length })}</h2>
          <div className="button-row">
            <label className="field-compact">
              <span>{t('retrieval.csv.separator')}</span>
              <select value={csvSeparator} onChange={(e) => setSeparator(e.target.value as CsvSeparator)}>
                <option value=";">{t('retrieval.csv.semicolon')}</option>
                <option value=",">{t('retrieval.csv.comma')}</option>
              </select>
            </label>
            <button type="button" className="button" disabled={segments.length === 0} onClick={() => void save('csv')}>
              {t('retrieval.exportCsv')}
            </button>
            <button type="button" className="button" disabled={segments.length === 0} onClick={() => void save('md')}>
              {t('retrieval.exportMarkdown')}
            </button>
          </div>
        </div>
        <SegmentList segments={segments} index={index} />
      </div>
    </div>
  );
}
