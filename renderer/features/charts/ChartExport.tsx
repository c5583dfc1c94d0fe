import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartCsv, csvSeparatorFor, printWidthsCm, toSvg, type Chart, type ChartLanguage, type PrintWidthCm } from '../../../shared/charts';
import { chartPng } from '../../charts/chart-png';
import { useApp } from '../../services/AppContext';
import { useToast } from '../../ui/Toasts';

type ExportFormat = 'svg' | 'csv' | 'png';

/** The print width chosen last, kept while the app runs: a thesis's figures tend to share one width. */
let rememberedWidth: PrintWidthCm = 16;

/**
 * The chart's export buttons: SVG (the same bytes as `cli chart`), PNG at 300 dpi for the chosen
 * print width, and the numbers behind it as CSV.
 */
export function ChartExport({ chart, language }: { chart: Chart | undefined; language: ChartLanguage }) {
  const { t } = useTranslation();
  const { bridge, reportError } = useApp();
  const toast = useToast();
  const [widthCm, setWidthCm] = useState<PrintWidthCm>(rememberedWidth);

  const exportChart = async (format: ExportFormat) => {
    if (!chart) return;
    try {
      const svg = toSvg(chart);
      const data =
        format === 'svg' ? svg : format === 'csv' ? chartCsv(chart.table, csvSeparatorFor(language)) : await chartPng(chart, svg, widthCm);
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
    <div className="charts-export">
      <label className="charts-field">
        {t('charts.print.width')}
        <select
          value={widthCm}
          onChange={(e) => {
            const chosen = Number(e.target.value) as PrintWidthCm;
            rememberedWidth = chosen;
            setWidthCm(chosen);
          }}
        >
          {printWidthsCm.map((cm) => (
            <option key={cm} value={cm}>
              {t(`charts.print.widths.${cm}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row" role="group" aria-label={t('charts.exportLabel')}>
        {(['svg', 'png', 'csv'] as const).map((format) => (
          <button key={format} type="button" className="button" disabled={!chart || chart.empty} onClick={() => void exportChart(format)}>
            {t(`charts.export.${format}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
