import type { AnalyticText, GoldenQuote } from '../model';

/**
 * The answer of a plan that would take golden quotes (or an analytic text) with it and was not
 * told to: nothing is written, and the UI asks, naming what would go, then repeats the change with
 * `confirmQuotes: true`. So a quote never dangles and never goes unannounced.
 */
export interface NeedsConfirmation {
  status: 'confirm';
  quotes: GoldenQuote[];
  analyticTexts: AnalyticText[];
}

/** A change that was made, with what it hands back. */
export interface Done<T> {
  status: 'done';
  value: T;
}

export type Confirmable<T> = NeedsConfirmation | Done<T>;

export function needsConfirmation(quotes: GoldenQuote[], analyticTexts: AnalyticText[] = []): NeedsConfirmation {
  return { status: 'confirm', quotes, analyticTexts };
}
