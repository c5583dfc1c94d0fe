import { auditBlocks } from './audit-blocks';
import { reproduceBlocks } from './reproduce-blocks';
import type { ReportBlock } from './blocks';
import { fillLabel, reportLabels } from './labels';
import { quoteAttribution } from './quote-attribution';
import type { ReportQuote } from './quote';
import type { ThematicReport } from './thematic-report';

/**
 * The thematic results section: one heading per main theme with its definition, codes and quotes,
 * then its subthemes; then the counts appendix and the audit trail (with the map's links).
 */
export function thematicReportBlocks(report: ThematicReport): ReportBlock[] {
  const labels = reportLabels(report.language);
  const quotes = (list: ReportQuote[]): ReportBlock[] =>
    list.map((q) => ({ kind: 'quote', text: q.text, attribution: quoteAttribution(q, labels) }));
  const about = (t: { definition: string; codes: string[] }): ReportBlock[] => [
    ...(t.definition.trim() ? [{ kind: 'paragraph', label: labels.definition, text: t.definition } as const] : []),
    ...(t.codes.length ? [{ kind: 'paragraph', label: labels.codes, text: t.codes.join(', ') } as const] : []),
  ];
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: labels.title.thematic },
    { kind: 'paragraph', text: fillLabel(labels.project, { name: report.projectName }) },
  ];
  for (const theme of report.themes) {
    blocks.push(
      { kind: 'heading', level: 2, text: theme.name },
      {
        kind: 'paragraph',
        text: fillLabel(labels.themeCounts, {
          segments: theme.segments,
          sources: theme.sources,
          total: report.totalSources,
        }),
      },
      ...about(theme),
      ...quotes(theme.quotes),
    );
    for (const sub of theme.subthemes)
      blocks.push({ kind: 'heading', level: 3, text: sub.name }, ...about(sub), ...quotes(sub.quotes));
  }
  const links: ReportBlock[] = [
    { kind: 'heading', level: 3, text: labels.audit.mapLinks },
    report.links.length === 0
      ? { kind: 'paragraph', text: labels.audit.none }
      : {
          kind: 'list',
          items: report.links.map((l) => ({ text: `${l.from} → ${l.to}${l.label ? ` (${l.label})` : ''}` })),
        },
  ];
  blocks.push(
    { kind: 'heading', level: 2, text: labels.appendix.thematicCounts },
    {
      kind: 'table',
      head: [
        labels.table.theme,
        labels.table.subtheme,
        labels.table.codes,
        labels.table.segments,
        labels.table.sources,
      ],
      rows: report.themes.flatMap((t) => [
        [t.name, '', String(t.codes.length), String(t.segments), String(t.sources)],
        ...t.subthemes.map((s) => ['', s.name, String(s.codes.length), String(s.segments), String(s.sources)]),
      ]),
      numeric: [false, false, true, true, true],
    },
    ...auditBlocks(report.audit, labels, 'thematic', links),
    ...reproduceBlocks(report.reproduce, labels),
  );
  return blocks;
}
