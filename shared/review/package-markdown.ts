import { escapedLines, escapeInline, escapeOneLine } from '../reports/markdown-escape';
import { packageLabels } from './package-labels';
import type { ReviewPackageInput } from './package-input';
import { codeTextFields, snapshotPath } from './snapshot';

/** The same package as Markdown, for reviewers who prefer to comment in their own editor. */
export function reviewPackageMarkdown(input: ReviewPackageInput): string {
  const l = packageLabels[input.language];
  const lines: string[] = [`# ${escapeOneLine(input.projectName)}`, '', `${escapeInline(l.title)}: ${escapeInline(input.versionName)}`, ''];
  for (const code of input.snapshot.codes) {
    const depth = snapshotPath(input.snapshot, code.id).split(' / ').length;
    lines.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${escapeOneLine(snapshotPath(input.snapshot, code.id))}`, '');
    for (const field of codeTextFields) {
      if (code[field].trim() === '') continue;
      lines.push(`**${escapeInline(l.fields[field])}:** ${escapedLines(code[field]).join(' ')}`, '');
    }
    const examples = input.examples[code.id] ?? [];
    lines.push(`**${escapeInline(l.examples)}**`, '');
    if (examples.length === 0) lines.push(escapeInline(l.noExamples), '');
    for (const x of examples) {
      lines.push(...escapedLines(x.text).map((line) => `> ${line}`), `> — ${escapeInline(x.sourceName)}`, '');
    }
  }
  return lines.join('\n');
}
