import type { ReportBlock } from './blocks';
import { escapeCell, escapedLines, escapeOneLine } from './markdown-escape';
import { stcReportBlocks } from './stc-blocks';
import type { StcReport } from './stc-report';
import { thematicReportBlocks } from './thematic-blocks';
import type { ThematicReport } from './thematic-report';

function paragraph(block: Extract<ReportBlock, { kind: 'paragraph' }>): string[] {
  const lines = escapedLines(block.text);
  if (block.label === undefined) return lines;
  const label = `**${escapeOneLine(block.label)}:**`;
  return lines.length === 0 ? [label] : [`${label} ${lines[0]}`, ...lines.slice(1)];
}

function quote(block: Extract<ReportBlock, { kind: 'quote' }>): string {
  const lines = escapedLines(block.text).map((l) => `> ${l}`);
  // Blank quoted lines keep the quote's paragraphs apart and the attribution on its own line.
  return [lines.join('\n>\n'), '>', `> — ${escapeOneLine(block.attribution)}`].join('\n');
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): string {
  const row = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `| ${block.head.map((_, i) => (block.numeric[i] ? '---:' : '---')).join(' | ')} |`;
  return [row(block.head), rule, ...block.rows.map(row)].join('\n');
}

function list(block: Extract<ReportBlock, { kind: 'list' }>): string {
  return block.items
    .map((item) => {
      const text = escapeOneLine(item.text);
      return item.label === undefined ? `- ${text}` : `- **${escapeOneLine(item.label)}:**${text ? ` ${text}` : ''}`;
    })
    .join('\n');
}

/** Blocks as CommonMark (with GitHub tables), one blank line between blocks. */
export function markdownFromBlocks(blocks: ReportBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.level)} ${escapeOneLine(block.text)}`);
    else if (block.kind === 'paragraph') out.push(...paragraph(block));
    else if (block.kind === 'quote') out.push(quote(block));
    else if (block.kind === 'table') out.push(table(block));
    else out.push(list(block));
  }
  return `${out.join('\n\n')}\n`;
}

export function stcReportMarkdown(report: StcReport): string {
  return markdownFromBlocks(stcReportBlocks(report));
}

export function thematicReportMarkdown(report: ThematicReport): string {
  return markdownFromBlocks(thematicReportBlocks(report));
}

/** Either method's report as Markdown. */
export function reportMarkdown(report: StcReport | ThematicReport): string {
  return report.method === 'stc' ? stcReportMarkdown(report) : thematicReportMarkdown(report);
}
