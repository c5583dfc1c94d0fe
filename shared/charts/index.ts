/**
 * Charts as pure layouts (ARCHITECTURE.md, Charts): derive plain numbers from project rows, lay
 * them out as serialisable marks, write the marks as SVG and the numbers as CSV. The renderer
 * draws the same marks; `cli chart` writes the same bytes.
 */
export type * from './marks';
export type { ChartRows } from './chart-rows';
export { toSvg } from './to-svg';
export { chartCsv, csvSeparatorFor } from './chart-csv';
export { okabeIto, seriesColor, sequentialBlue, ink } from './palette';
export { chartLabels, chartLanguages, type ChartLanguage, type ChartLabels } from './labels';
export { emptyChart } from './empty-chart';
export { filterChartRows, chartFiltered } from './filter-rows';
export { chartFilterLabel, withFilterLabel } from './filter-label';
export { buildFilteredChart, chartFilterable } from './filtered-chart';
export { codeFrequencies, frequenciesChart, type CodeFrequency } from './frequencies';
export { codeCooccurrence, cooccurrenceChart, cooccurrenceModes, type Cooccurrence, type CooccurrenceMode } from './cooccurrence';
export { networkChart, cooccurrenceViews, maxLinks, type CooccurrenceView } from './network';
export { sourceCodeMatrix, matrixChart, matrixSorts, type MatrixSort, type SourceCodeMatrix } from './matrix';
export { strategyShares, strategiesChart, type StrategyBar, type StrategyBarKey, type StrategySegment } from './strategies';
export { replyDelays, delaysChart, type ReplyDelays, type ReplyDelayPoint, type StrategyDelays, type DelayStrategy, type DelayStatus } from './delays';
export { codeline, codelineChart, type Codeline, type CodelineRow, type CodelineTick } from './codeline';
export { stcFlow, stcFlowChart, type StcFlow, type StcFlowLink, type StcFlowNode } from './stc-flow';
export { chartKinds, buildChart, type ChartKind, type ChartOptions } from './build-chart';
export { printDpi, printWidthsCm, printPixelWidth, withPhysicalDpi, type PrintWidthCm } from './print-png';
