import { en, type ChartLabels } from './en';
import { nb } from './nb';
import { nn } from './nn';

export type { ChartLabels } from './en';

/** The languages a chart can be labelled in: bokmål, nynorsk, English (the same as reports). */
export type ChartLanguage = 'nb' | 'nn' | 'en';
export const chartLanguages: readonly ChartLanguage[] = ['nb', 'nn', 'en'];

/**
 * The plain label catalogues charts are drawn with: the same words in the app's SVG export and in
 * `cli chart` (ARCHITECTURE.md: chart labels live in shared/, apart from the renderer's i18n).
 */
export const chartLabelCatalogues: Record<ChartLanguage, ChartLabels> = { nb, nn, en };

export function chartLabels(language: ChartLanguage): ChartLabels {
  return chartLabelCatalogues[language];
}
