/**
 * A report as a short list of plain blocks, written once per method (stc-blocks.ts,
 * thematic-blocks.ts) and printed by one writer per format (markdown.ts, docx.ts), so the Markdown
 * and the Word file always say the same thing. Texts are plain: each writer escapes for its format.
 */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A paragraph; `label` is printed in bold before the text ("Condensate: …"). Newlines separate paragraphs. */
  | { kind: 'paragraph'; text: string; label?: string }
  /** A verbatim quotation with where it comes from (source, speaker, offsets). */
  | { kind: 'quote'; text: string; attribution: string }
  /** `numeric[i]` right-aligns column i (counts). */
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'list'; items: { label?: string; text: string }[] };
