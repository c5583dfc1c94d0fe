import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildFilteredChart,
  chartKinds,
  chartLabels,
  cooccurrenceModes,
  matrixSorts,
  type ChartKind,
  type CooccurrenceMode,
  type MatrixSort,
} from '../../../shared/charts';
import type { Project } from '../../../shared/model';
import type { RetrievalFilters } from '../../../shared/retrieval/query';
import { ChartView } from '../../charts/ChartView';
import { routeHref } from '../../services/routes';
import { useChartRows } from '../../store/queries/chart-rows';
import { reportLanguageOf } from '../reports/report-file';
import { ChartExport } from './ChartExport';
import { ChartFilters } from './ChartFilters';
import { ChartMarkLinks } from './ChartMarkLinks';
import { ChartTableView } from './ChartTableView';
import { defaultNetworkOptions, NetworkControls, type NetworkOptions } from './NetworkControls';
import './charts.css';

/** `#/analysis/charts/<kind>`: an unknown or missing kind shows code frequencies. */
export function chartKindOf(param: string | undefined): ChartKind {
  return chartKinds.find((kind) => kind === param) ?? 'frequencies';
}

/**
 * Analysis ▸ Charts: code frequencies, co-occurrence and sources × codes, drawn from the project's
 * codings as they change, with the numbers as a table and export as SVG, PNG and CSV. Titles and
 * axes come from the shared chart catalogues, so the export matches `cli chart`.
 */
export function ChartsPanel({ project, kindParam }: { project: Project; kindParam: string | undefined }) {
  const { t, i18n } = useTranslation();
  const rows = useChartRows(project.id);
  const kind = chartKindOf(kindParam);
  const language = reportLanguageOf(i18n.language);
  const labels = chartLabels(language);
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [sort, setSort] = useState<MatrixSort>('title');
  const [showTable, setShowTable] = useState(false);
  const [network, setNetwork] = useState<NetworkOptions>(defaultNetworkOptions);
  const [filters, setFilters] = useState<RetrievalFilters>({});
  // Code frequencies: the parent codes whose sub-codes are folded away (a click on the bar toggles).
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const chart = useMemo(
    () => (rows ? buildFilteredChart(kind, rows, filters, { language, cooccurrence: mode, sort, folded, ...network }) : undefined),
    [rows, kind, filters, language, mode, sort, folded, network],
  );
  const parents = useMemo(() => new Set(rows?.codes.flatMap((c) => (c.parentId === null ? [] : [c.parentId])) ?? []), [rows?.codes]);
  const toggleFold = (key: string): boolean => {
    const codeId = key.startsWith('code:') ? key.slice('code:'.length) : '';
    if (kind !== 'frequencies' || !parents.has(codeId)) return false;
    setFolded((now) => {
      const next = new Set(now);
      if (!next.delete(codeId)) next.add(codeId);
      return next;
    });
    return true;
  };

  return (
    <div className="charts-screen">
      <div className="panel-header">
        <h2 className="screen-subtitle">{t('charts.title')}</h2>
      </div>
      <p className="charts-intro">{t('charts.intro')}</p>
      <nav aria-label={t('charts.kindsLabel')}>
        <ul className="charts-kinds">
          {chartKinds.map((k) => (
            <li key={k}>
              <a href={routeHref('analysis', 'charts', k)} className="charts-kind" aria-current={k === kind ? 'page' : undefined}>
                {labels[k === 'stc-flow' ? 'stcFlow' : k].title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="charts-controls">
        {kind === 'cooccurrence' && (
          <label className="charts-field">
            {t('charts.mode')}
            <select value={mode} onChange={(e) => setMode(e.target.value as CooccurrenceMode)}>
              {cooccurrenceModes.map((m) => (
                <option key={m} value={m}>
                  {labels.cooccurrence.mode[m]}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'cooccurrence' && <NetworkControls rows={rows} mode={mode} value={network} onChange={setNetwork} />}
        {kind === 'matrix' && (
          <label className="charts-field">
            {t('charts.sort')}
            <select value={sort} onChange={(e) => setSort(e.target.value as MatrixSort)}>
              {matrixSorts.map((m) => (
                <option key={m} value={m}>
                  {labels.matrix.sort[m]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="charts-field charts-toggle">
          <input type="checkbox" checked={showTable} onChange={(e) => setShowTable(e.target.checked)} />
          {t('charts.showTable')}
        </label>
        <ChartExport chart={chart} language={language} />
      </div>
      {rows && <ChartFilters rows={rows} kind={kind} filters={filters} onChange={setFilters} />}
      {chart && (
        <figure className="charts-figure">
          <div className="charts-canvas">
            <ChartMarkLinks
              chart={chart}
              onActivate={toggleFold}
              hint={kind === 'frequencies' && parents.size > 0 ? t('charts.foldHint') : undefined}
            >
              <ChartView chart={chart} />
            </ChartMarkLinks>
          </div>
          <figcaption className="charts-description">{chart.description}</figcaption>
        </figure>
      )}
      {chart && showTable && <ChartTableView chart={chart} />}
    </div>
  );
}
