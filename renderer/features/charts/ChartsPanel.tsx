import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildFilteredChart,
  chartCsv,
  chartKinds,
  chartLabels,
  cooccurrenceModes,
  matrixSorts,
  csvSeparatorFor,
  toSvg,
  type ChartKind,
  type CooccurrenceMode,
  type MatrixSort,
} from '../../../shared/charts';
import type { Project } from '../../../shared/model';
import type { RetrievalFilters } from '../../../shared/retrieval/query';
import { ChartView } from '../../charts/ChartView';
import { routeHref } from '../../services/routes';
import { useApp } from '../../services/AppContext';
import { useChartRows } from '../../store/queries/chart-rows';
import { useToast } from '../../ui/Toasts';
import { reportLanguageOf } from '../reports/report-file';
import { svgToPng } from '../thematic/map-png';
import { ChartFilters } from './ChartFilters';
import { ChartMarkLinks } from './ChartMarkLinks';
import { ChartTableView } from './ChartTableView';
import './charts.css';

type ExportFormat = 'svg' | 'csv' | 'png';

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
  const { bridge, reportError } = useApp();
  const toast = useToast();
  const rows = useChartRows(project.id);
  const kind = chartKindOf(kindParam);
  const language = reportLanguageOf(i18n.language);
  const labels = chartLabels(language);
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [sort, setSort] = useState<MatrixSort>('title');
  const [showTable, setShowTable] = useState(false);
  const [filters, setFilters] = useState<RetrievalFilters>({});
  const chart = useMemo(
    () => (rows ? buildFilteredChart(kind, rows, filters, { language, cooccurrence: mode, sort }) : undefined),
    [rows, kind, filters, language, mode, sort],
  );

  const exportChart = async (format: ExportFormat) => {
    if (!chart) return;
    try {
      const svg = toSvg(chart);
      const data =
        format === 'svg' ? svg : format === 'csv' ? chartCsv(chart.table, csvSeparatorFor(language)) : await svgToPng(svg);
      const suggestedName = `${chart.title}.${format}`;
      const saved = await bridge.saveFile({
        title: t('charts.exportLabel'),
        suggestedName,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        data,
      });
      if (saved.saved) toast({ message: t('charts.exported', { file: saved.fileName ?? suggestedName }) });
    } catch (error) {
      reportError(error);
    }
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
        <div className="button-row" role="group" aria-label={t('charts.exportLabel')}>
          {(['svg', 'png', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button"
              disabled={!chart || chart.empty}
              onClick={() => void exportChart(format)}
            >
              {t(`charts.export.${format}`)}
            </button>
          ))}
        </div>
      </div>
      {rows && <ChartFilters rows={rows} kind={kind} filters={filters} onChange={setFilters} />}
      {chart && (
        <figure className="charts-figure">
          <div className="charts-canvas">
            <ChartMarkLinks chart={chart}>
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
