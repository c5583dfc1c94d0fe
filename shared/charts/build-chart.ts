import type { ChartRows } from './chart-rows';
import { stcFlow, stcFlowChart } from './stc-flow';
import { codeline, codelineChart } from './codeline';
import { delaysChart, replyDelays } from './delays';
import { codeCooccurrence, cooccurrenceChart, type CooccurrenceMode } from './cooccurrence';
import { codeFrequencies, frequenciesChart } from './frequencies';
import type { ChartLanguage } from './labels';
import type { Chart } from './marks';
import { networkChart, type CooccurrenceView } from './network';
import { matrixChart, sourceCodeMatrix, type MatrixSort } from './matrix';
import { strategiesChart, strategyShares } from './strategies';

export type ChartKind = 'frequencies' | 'cooccurrence' | 'matrix' | 'strategies' | 'delays' | 'codeline' | 'stc-flow';
export const chartKinds: readonly ChartKind[] = ['frequencies', 'cooccurrence', 'matrix', 'strategies', 'delays', 'codeline', 'stc-flow'];

export interface ChartOptions {
  language: ChartLanguage;
  cooccurrence?: CooccurrenceMode;
  /** Co-occurrence drawn as the code × code heatmap (default) or as a network of codes. */
  cooccurrenceView?: CooccurrenceView;
  /** Network view: pairs applied together fewer times than this are left out (default 1: every pair). */
  threshold?: number;
  sort?: MatrixSort;
  /** frequencies: the parent codes whose sub-codes are folded away. */
  folded?: ReadonlySet<string>;
}

/** One chart of a kind from project rows: the one entry the app's export and `cli chart` share. */
export function buildChart(kind: ChartKind, rows: ChartRows, options: ChartOptions): Chart {
  switch (kind) {
    case 'frequencies':
      return frequenciesChart(codeFrequencies(rows), options.language, options.folded);
    case 'cooccurrence': {
      const data = codeCooccurrence(rows, options.cooccurrence ?? 'overlap');
      return options.cooccurrenceView === 'network'
        ? networkChart(data, options.language, options.threshold)
        : cooccurrenceChart(data, options.language);
    }
    case 'matrix':
      return matrixChart(sourceCodeMatrix(rows, options.sort ?? 'title', options.language), options.language);
    case 'strategies':
      return strategiesChart(strategyShares(rows), options.language, rows.codes.length > 0, rows.codings.length > 0);
    case 'stc-flow':
      return stcFlowChart(stcFlow(rows), options.language, rows.codes.length > 0, rows.codings.length > 0);
    case 'codeline':
      return codelineChart(codeline(rows), options.language);
    case 'delays':
      return delaysChart(replyDelays(rows), options.language, rows.codes.length > 0, rows.codings.length > 0);
  }
}
