import Papa from 'papaparse/papaparse.js';

/**
 * papaparse's `unparse` (RFC 4180 quoting, CRLF between records). The module is typed by
 * shared/import/papaparse.d.ts, which declares only `parse`; `unparse` lives in the same bundle.
 */
const papa = Papa as typeof Papa & {
  unparse(rows: string[][], config?: { newline?: string; delimiter?: string; escapeFormulae?: boolean }): string;
};

/** The field separator: `;` is what Excel expects where the decimal sign is a comma (nb, nn), `,` elsewhere. */
export type CsvSeparator = ';' | ',';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, tab and carriage return. A quote from a source may begin with any of them
 * ("- Ja, men …", "=> se vedtaket"), and opened in Excel it could run as a formula.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text: one that would start a formula gets a leading apostrophe. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as a CSV file for spreadsheets: UTF-8 with a byte order mark (so Excel reads æ, ø and å),
 * every cell neutralised against formulas, quoted per RFC 4180, CRLF after every record.
 */
export function spreadsheetCsv(rows: string[][], separator: CsvSeparator): string {
  // Our own neutralising, not papaparse's escapeFormulae, so the rule is ours to test and keep.
  const safe = rows.map((row) => row.map(neutraliseFormula));
  return `\uFEFF${papa.unparse(safe, { newline: '\r\n', delimiter: separator, escapeFormulae: false })}\r\n`;
}
