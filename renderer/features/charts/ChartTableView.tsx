import { useTranslation } from 'react-i18next';
import type { Chart } from '../../../shared/charts';
import { formatNumber } from '../../i18n/format';

/** The numbers behind a chart as an HTML table: the same cells as its CSV, readable without the picture. */
export function ChartTableView({ chart }: { chart: Chart }) {
  const { t, i18n } = useTranslation();
  if (chart.table.rows.length === 0) return <p className="charts-table-empty">{t('charts.tableEmpty')}</p>;
  return (
    <div className="charts-table-wrap">
      <table className="charts-table">
        <caption>{t('charts.tableCaption', { title: chart.title })}</caption>
        <thead>
          <tr>
            {chart.table.columns.map((column, i) => (
              <th key={`${i}:${column}`} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={typeof cell === 'number' ? 'charts-number' : undefined}>
                    {typeof cell === 'number' ? formatNumber(cell, i18n.language, 0) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
