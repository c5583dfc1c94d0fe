import { spreadsheetCsv, type CsvSeparator } from '../retrieval/csv-unparse';
import type { ChartTable } from './marks';
import type { ChartLanguage } from './labels';

/**
 * The numbers behind a chart as a CSV file for spreadsheets, with the same guard as the segment
 * export (shared/retrieval/csv-unparse): a code or source title that starts like a formula
 * ("=SUM…", "-Ja") is neutralised. Negative numbers never occur in chart tables (all counts), so a
 * number is written as plain digits.
 */
export function chartCsv(table: ChartTable, separator: CsvSeparator): string {
  return spreadsheetCsv([table.columns, ...table.rows.map((row) => row.map((cell) => String(cell)))], separator);
}

/** Excel's separator for the language: `;` where the decimal sign is a comma (nb, nn). */
export function csvSeparatorFor(language: ChartLanguage): CsvSeparator {
  return language === 'en' ? ',' : ';';
}
