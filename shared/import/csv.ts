import Papa from 'papaparse/papaparse.js';
import { ImportError } from './result';

/** One data row and the 1-based line it starts on (a quoted cell may span lines). */
export interface TableRow {
  cells: string[];
  line: number;
}

/**
 * Rows with a header row, independent of the file type: a CSV reader fills it now, an XLSX
 * reader can fill it later and reuse the column mapping and grouping in table.ts.
 */
export interface Table {
  headers: string[];
  rows: TableRow[];
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The delimiter, from the first rows. Blank lines are skipped while guessing: papaparse counts
 * them as one-cell rows, so a two-column table ending in a newline ("kilde;gruppe") would
 * otherwise average under two cells a row and fall back to commas.
 */
function guessDelimiter(text: string): string {
  const preview = Papa.parse(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy', preview: 10 });
  return preview?.meta.delimiter ?? ',';
}

/** CSV with comma, semicolon (Norwegian Excel) or tab delimiters, detected from the content. */
export function readCsv(text: string, fileName: string): Table {
  const rows: TableRow[] = [];
  let line = 1;
  let rowStart = 0;
  let failure: ImportError | null = null;
  Papa.parse(text, {
    delimiter: guessDelimiter(text),
    step: (result) => {
      const cursor = result.meta.cursor;
      // Only broken quoting loses data; a guessed delimiter is reported by papaparse too, but harmless.
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error && !failure) {
        failure = new ImportError(
          'malformed',
          `"${fileName}" line ${line}: ${error.message}. Check the quotes in that row (a cell that starts with " must end with "), or save the table again as CSV.`,
          { line, code: 'csv-quotes', params: { file: fileName } },
        );
      }
      if (result.data.some((cell) => cell.trim() !== '')) rows.push({ cells: result.data, line });
      line += countNewlines(text, rowStart, cursor);
      rowStart = cursor;
    },
  });
  if (failure) throw failure;
  const header = rows.shift();
  if (!header)
    throw new ImportError(
      'empty-file',
      `"${fileName}" has no rows. Choose a CSV file with a header row and one row per message.`,
      { code: 'table-no-rows', params: { file: fileName } },
    );
  return { headers: header.cells.map((h) => h.trim()), rows };
}
