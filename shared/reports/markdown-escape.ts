/**
 * Researcher text (names, analytic texts, quotes) is printed into Markdown as text, never as markup:
 * every character that could start emphasis, a link or image (`!` is harmless once `[` is escaped),
 * code, a table cell, strikethrough, an entity, a heading's closing `#`s or raw HTML is
 * backslash-escaped (CommonMark: any escaped ASCII punctuation is literal, and an escaped `<` can
 * never open a tag), and what would start a block at the beginning of a line (heading, list item,
 * numbered item, setext line, indented code) is neutralised too.
 */
const inline = /[\\`*_[\]<>&|~#]/g;

/** One line of text, safe anywhere in a Markdown line. Newlines must be handled by the caller. */
export function escapeInline(text: string): string {
  return text.replace(inline, (c) => `\\${c}`);
}

/** A line that starts a Markdown line: leading spaces dropped (no code block), block starters escaped. */
export function escapeLineStart(line: string): string {
  const escaped = escapeInline(line.trim());
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The non-empty lines of a text, each escaped to start a Markdown line. */
export function escapedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLineStart)
    .filter((line) => line !== '');
}

/** A text on one line (a heading, a table cell): line breaks become spaces. */
export function escapeOneLine(text: string): string {
  return escapeLineStart(text.replace(/\s*(\r\n|\r|\n)\s*/g, ' '));
}

/** A table cell: one line, inline escapes only (a cell cannot start a block, and `|` is escaped). */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').trim());
}
