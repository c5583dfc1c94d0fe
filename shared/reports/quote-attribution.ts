import { fillLabel, type ReportLabels } from './labels';
import type { ReportQuote } from './quote';

/** "Source: Interview 1 · Speaker: Kari · characters 120–245": the trail back to the passage. */
export function quoteAttribution(quote: ReportQuote, labels: ReportLabels): string {
  const parts = [`${labels.source}: ${quote.source}`];
  if (quote.speaker) parts.push(`${labels.speaker}: ${quote.speaker}`);
  parts.push(fillLabel(labels.offsets, { start: quote.start, end: quote.end }));
  return parts.join(' · ');
}
