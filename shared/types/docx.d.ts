/**
 * The part of the `docx` package's API that shared/reports/docx.ts uses, declared here because the
 * package's own declarations start with `/// <reference types="node" />`, which would bring Node's
 * globals (Buffer, process…) into shared/'s type-check, the layer that must run without Node.
 * shared/tsconfig.json maps "docx" here for type-checking only; the code runs the real package
 * (test/unit/reports/docx.test.ts writes and unzips a real file, so a wrong declaration fails there).
 */
type AlignmentValue = 'left' | 'right' | 'center';
type HeadingValue = 'Heading1' | 'Heading2' | 'Heading3';

export declare const AlignmentType: { readonly LEFT: 'left'; readonly RIGHT: 'right'; readonly CENTER: 'center' };
export declare const HeadingLevel: {
  readonly HEADING_1: 'Heading1';
  readonly HEADING_2: 'Heading2';
  readonly HEADING_3: 'Heading3';
};
export declare const WidthType: { readonly PERCENTAGE: 'pct'; readonly DXA: 'dxa'; readonly AUTO: 'auto' };

export declare class TextRun {
  constructor(options: string | { text: string; bold?: boolean; italics?: boolean; size?: number; color?: string });
}

export declare class Paragraph {
  constructor(options: {
    children?: readonly TextRun[];
    text?: string;
    heading?: HeadingValue;
    style?: string;
    alignment?: AlignmentValue;
    bullet?: { level: number };
  });
}

export declare class TableCell {
  constructor(options: { children: readonly (Paragraph | Table)[] });
}

export declare class TableRow {
  constructor(options: { children: readonly TableCell[]; tableHeader?: boolean });
}

export declare class Table {
  constructor(options: { rows: readonly TableRow[]; width?: { size: number; type: 'pct' | 'dxa' | 'auto' } });
}

interface ParagraphStyle {
  id: string;
  name?: string;
  basedOn?: string;
  next?: string;
  quickFormat?: boolean;
  run?: { italics?: boolean; bold?: boolean; color?: string; size?: number };
  paragraph?: { indent?: { left?: number; right?: number }; spacing?: { before?: number; after?: number } };
}

export declare class Document {
  constructor(options: {
    title?: string;
    styles?: { paragraphStyles?: readonly ParagraphStyle[] };
    sections: readonly { children: readonly (Paragraph | Table)[] }[];
  });
}

export declare class Packer {
  static pack(file: Document, type: 'uint8array'): Promise<Uint8Array>;
}
