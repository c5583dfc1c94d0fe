import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportBlock } from './blocks';
import { stcReportBlocks } from './stc-blocks';
import type { StcReport } from './stc-report';
import { thematicReportBlocks } from './thematic-blocks';
import type { ThematicReport } from './thematic-report';

/**
 * Writes the report as a Word file with the `docx` package (pure JS, so the app and `cli report`
 * share it): Word's own Heading 1–3 styles, so the navigation pane and a table of contents work,
 * quotes in Word's "Quote" style, and the appendix tables as real Word tables.
 */

// The docx package drops the control characters XML forbids (docx.test.ts holds it to that).
const lines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, numeric: boolean, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: text, bold: header })],
      }),
    ],
  });
}

function toDocx(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: headingLevels[block.level],
          children: [new TextRun(block.text.replace(/\s+/g, ' '))],
        }),
      ];
    case 'paragraph': {
      const [first = '', ...rest] = lines(block.text);
      const label = block.label === undefined ? [] : [new TextRun({ text: `${block.label}: `, bold: true })];
      if (first === '' && label.length === 0) return [];
      return [
        new Paragraph({ children: [...label, new TextRun(first)] }),
        ...rest.map((line) => new Paragraph({ children: [new TextRun(line)] })),
      ];
    }
    case 'quote':
      return [
        ...lines(block.text).map((line) => new Paragraph({ style: 'Quote', children: [new TextRun(line)] })),
        new Paragraph({ style: 'Quote', children: [new TextRun({ text: `— ${block.attribution}`, size: 18 })] }),
      ];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.head.map((h, i) => cell(h, block.numeric[i] ?? false, true)),
            }),
            ...block.rows.map(
              (row) => new TableRow({ children: row.map((c, i) => cell(c, block.numeric[i] ?? false, false)) }),
            ),
          ],
        }),
        // Word runs two tables together without a paragraph between them.
        new Paragraph({}),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              ...(item.label === undefined ? [] : [new TextRun({ text: `${item.label}: `, bold: true })]),
              new TextRun(lines(item.text).join(' ')),
            ],
          }),
      );
  }
}

/** Blocks as a .docx file's bytes. */
export async function docxFromBlocks(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const document = new Document({
    title,
    styles: {
      paragraphStyles: [
        {
          // Word's built-in "Quote" style name, so Word lists and restyles the quotes as quotes.
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 120 } },
        },
      ],
    },
    sections: [{ children: blocks.flatMap(toDocx) }],
  });
  return Packer.pack(document, 'uint8array');
}

/** Either method's report as a Word file (the app's export button and `cli report --format docx`). */
export function reportDocx(report: StcReport | ThematicReport): Promise<Uint8Array> {
  const blocks = report.method === 'stc' ? stcReportBlocks(report) : thematicReportBlocks(report);
  const heading = blocks.find((b) => b.kind === 'heading');
  return docxFromBlocks(blocks, heading?.kind === 'heading' ? heading.text : '');
}
