import { auditBlocks } from './audit-blocks';
import { reproduceBlocks } from './reproduce-blocks';
import type { ReportBlock } from './blocks';
import { fillLabel, reportLabels } from './labels';
import { quoteAttribution } from './quote-attribution';
import type { StcReport } from './stc-report';

/**
 * The STC results section: one heading per code group (the analytic text's heading), its analytic
 * text and how it meets theory, then each subgroup with its condensate and golden quotes; then the
 * counts appendix and the audit trail.
 */
export function stcReportBlocks(report: StcReport): ReportBlock[] {
  const labels = reportLabels(report.language);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: labels.title.stc },
    { kind: 'paragraph', text: fillLabel(labels.project, { name: report.projectName }) },
  ];
  for (const group of report.codeGroups) {
    blocks.push(
      { kind: 'heading', level: 2, text: group.heading },
      {
        kind: 'paragraph',
        text: fillLabel(labels.groupCounts, {
          units: group.meaningUnits,
          sources: group.sources,
          total: report.totalSources,
        }),
      },
    );
    if (group.analyticText.trim()) blocks.push({ kind: 'paragraph', text: group.analyticText });
    if (group.theory.trim()) blocks.push({ kind: 'paragraph', label: labels.theory, text: group.theory });
    for (const sub of group.subgroups) {
      blocks.push({ kind: 'heading', level: 3, text: sub.name });
      if (sub.condensate.trim()) blocks.push({ kind: 'paragraph', label: labels.condensate, text: sub.condensate });
      for (const quote of sub.goldenQuotes)
        blocks.push({ kind: 'quote', text: quote.text, attribution: quoteAttribution(quote, labels) });
    }
  }
  blocks.push(
    { kind: 'heading', level: 2, text: labels.appendix.stcCounts },
    {
      kind: 'table',
      head: [labels.table.codeGroup, labels.table.subgroup, labels.table.meaningUnits, labels.table.sources],
      rows: report.codeGroups.flatMap((g) => [
        [g.name, '', String(g.meaningUnits), String(g.sources)],
        ...g.subgroups.map((s) => ['', s.name, String(s.meaningUnits), String(s.sources)]),
      ]),
      numeric: [false, false, true, true],
    },
    ...auditBlocks(report.audit, labels, 'stc'),
    ...reproduceBlocks(report.reproduce, labels),
  );
  return blocks;
}
