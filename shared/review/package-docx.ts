import type { ReportBlock } from '../reports/blocks';
import { docxFromBlocks } from '../reports/docx';
import { packageLabels } from './package-labels';
import type { ReviewPackageInput } from './package-input';
import { codeTextFields, snapshotPath } from './snapshot';

/**
 * The package as report blocks (shared/reports/blocks.ts): the codebook, each code's texts and its
 * examples as quotations, for the Word file a supervisor comments on with Word's own comments.
 */
export function reviewPackageBlocks(input: ReviewPackageInput): ReportBlock[] {
  const l = packageLabels[input.language];
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: input.projectName },
    { kind: 'paragraph', label: l.title, text: input.versionName },
  ];
  for (const code of input.snapshot.codes) {
    const path = snapshotPath(input.snapshot, code.id);
    blocks.push({ kind: 'heading', level: path.split(' / ').length === 1 ? 2 : 3, text: path });
    for (const field of codeTextFields) {
      if (code[field].trim() !== '') blocks.push({ kind: 'paragraph', label: l.fields[field], text: code[field] });
    }
    const examples = input.examples[code.id] ?? [];
    blocks.push({ kind: 'paragraph', label: l.examples, text: examples.length === 0 ? l.noExamples : '' });
    for (const x of examples) blocks.push({ kind: 'quote', text: x.text, attribution: x.sourceName });
  }
  return blocks;
}

/** The package as a Word document (.docx), written by the reports' one Word writer. */
export function reviewPackageDocx(input: ReviewPackageInput): Promise<Uint8Array> {
  return docxFromBlocks(reviewPackageBlocks(input), `${input.projectName} — ${input.versionName}`);
}
