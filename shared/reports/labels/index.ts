import { en, type ReportLabels } from './en';
import { nb } from './nb';
import { nn } from './nn';

export type { ReportLabels } from './en';

/** The languages a report can be written in: bokmål, nynorsk, English. */
export type ReportLanguage = 'nb' | 'nn' | 'en';
export const reportLanguages: readonly ReportLanguage[] = ['nb', 'nn', 'en'];

/**
 * The plain label catalogues reports are written with: the same words in the app's export and in
 * `cli report`, kept apart from the renderer's i18n (ARCHITECTURE.md: report labels live in shared/).
 */
export const reportLabelCatalogues: Record<ReportLanguage, ReportLabels> = { nb, nn, en };

export function reportLabels(language: ReportLanguage): ReportLabels {
  return reportLabelCatalogues[language];
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written, so a gap shows. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
