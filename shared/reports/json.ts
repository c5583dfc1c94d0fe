import type { ReportQuote } from './quote';
import { reproduceJson } from './reproduce-blocks';
import type { StcReport } from './stc-report';
import type { ThematicReport } from './thematic-report';

/**
 * The `cli report --format json` shapes: a contract (issue #13), so they are built key by key here
 * and nothing else from the report model leaks in.
 */
const quoteJson = (q: ReportQuote) => ({ text: q.text, source: q.source, start: q.start, end: q.end });

export function stcReportJson(report: StcReport) {
  return {
    method: 'stc' as const,
    codeGroups: report.codeGroups.map((g) => ({
      name: g.name,
      meaningUnits: g.meaningUnits,
      sources: g.sources,
      analyticText: g.analyticText,
      subgroups: g.subgroups.map((s) => ({
        name: s.name,
        condensate: s.condensate,
        meaningUnits: s.meaningUnits,
        goldenQuotes: s.goldenQuotes.map(quoteJson),
      })),
    })),
    ...(report.reproduce && { reproduce: reproduceJson(report.reproduce) }),
  };
}

export function thematicReportJson(report: ThematicReport) {
  return {
    method: 'thematic' as const,
    themes: report.themes.map((t) => ({
      name: t.name,
      definition: t.definition,
      codes: t.codes,
      segments: t.segments,
      sources: t.sources,
      subthemes: t.subthemes.map((s) => ({ name: s.name, definition: s.definition, quotes: s.quotes.map(quoteJson) })),
    })),
    ...(report.reproduce && { reproduce: reproduceJson(report.reproduce) }),
  };
}
