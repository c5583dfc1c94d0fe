import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { codeCooccurrence, cooccurrenceViews, type ChartRows, type CooccurrenceMode, type CooccurrenceView } from '../../../shared/charts';

/** The co-occurrence chart's view and the network's threshold: spread into buildChart's options. */
export interface NetworkOptions {
  cooccurrenceView: CooccurrenceView;
  threshold: number;
}

export const defaultNetworkOptions: NetworkOptions = { cooccurrenceView: 'heatmap', threshold: 1 };

/** The most often two different codes are applied together: the slider's top end. */
function strongestPair(rows: ChartRows, mode: CooccurrenceMode): number {
  const { counts } = codeCooccurrence(rows, mode);
  let max = 1;
  counts.forEach((row, i) => row.forEach((count, j) => {
    if (i !== j && count > max) max = count;
  }));
  return max;
}

/**
 * Co-occurrence as a heatmap or a network, and for the network the least count a link needs to
 * be drawn: a range input (arrow keys, Page Up/Down, Home/End) with its value written beside it.
 */
export function NetworkControls({
  rows,
  mode,
  value,
  onChange,
}: {
  rows: ChartRows | undefined;
  mode: CooccurrenceMode;
  value: NetworkOptions;
  onChange: (value: NetworkOptions) => void;
}) {
  const { t } = useTranslation();
  const sliderId = useId();
  const network = value.cooccurrenceView === 'network';
  const max = useMemo(() => (rows && network ? strongestPair(rows, mode) : 1), [rows, mode, network]);
  const threshold = Math.min(value.threshold, max);
  // Another counting mode can lower the strongest pair below the threshold: the chart follows the slider.
  useEffect(() => {
    if (network && value.threshold > max) onChange({ ...value, threshold: max });
  }, [network, max, value, onChange]);
  return (
    <>
      <fieldset className="charts-field charts-view-switch">
        <legend>{t('charts.network.view')}</legend>
        {cooccurrenceViews.map((view) => (
          <label key={view}>
            <input
              type="radio"
              name="cooccurrence-view"
              value={view}
              checked={value.cooccurrenceView === view}
              onChange={() => onChange({ ...value, cooccurrenceView: view })}
            />
            {t(`charts.network.views.${view}`)}
          </label>
        ))}
      </fieldset>
      {network && (
        <div className="charts-field">
          <label htmlFor={sliderId}>{t('charts.network.threshold')}</label>
          <input
            id={sliderId}
            type="range"
            min={1}
            max={max}
            step={1}
            value={threshold}
            aria-valuetext={t('charts.network.thresholdValue', { count: threshold })}
            onChange={(e) => onChange({ ...value, threshold: Number(e.target.value) })}
          />
          <output htmlFor={sliderId} className="charts-threshold">
            {threshold}
          </output>
        </div>
      )}
    </>
  );
}
