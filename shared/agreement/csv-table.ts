import Papa from 'papaparse/papaparse.js';
import type { AgreementTable } from './table';

export type CsvTableResult = { ok: true; table: AgreementTable } | { ok: false; reason: string };

/** papaparse reports quoting problems here at run time; the local typing leaves `errors` out. */
interface ParseErrors {
  errors?: { code: string; message: string; row?: number }[];
}

/**
 * A units × coders CSV: a header row of coder names, then one row per unit with one cell per
 * coder; an empty cell is a missing value. Comma, semicolon (Norwegian Excel) or tab separated.
 * Returns the table, or one sentence saying what is wrong and where.
 */
export function readAgreementCsv(text: string): CsvTableResult {
  const parsed = Papa.parse(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  if (!parsed) return { ok: false, reason: 'the file could not be read as CSV' };
  const problem = (parsed as ParseErrors).errors?.find((e) => e.code !== 'UndetectableDelimiter');
  if (problem)
    return { ok: false, reason: `not valid CSV at row ${(problem.row ?? 0) + 1} (${problem.message.replace(/\.$/, '')})` };
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0) return { ok: false, reason: 'the file is empty: give a header row of coder names and one row per unit' };
  const coders = header.map((h) => h.trim());
  const blank = coders.findIndex((c) => c === '');
  if (blank >= 0) return { ok: false, reason: `column ${blank + 1} of the header has no coder name` };
  const twice = coders.find((c, i) => coders.indexOf(c) !== i);
  if (twice !== undefined) return { ok: false, reason: `the coder "${twice}" names two columns` };
  if (rows.length === 0) return { ok: false, reason: 'the file has a header but no units (one row per unit)' };
  const units: (string | null)[][] = [];
  for (const [i, row] of rows.entries()) {
    if (row.length !== coders.length)
      return {
        ok: false,
        reason: `row ${i + 2} has ${row.length} cells, but the header names ${coders.length} coders`,
      };
    units.push(row.map((cell) => (cell.trim() === '' ? null : cell.trim())));
  }
  return { ok: true, table: { coders, units } };
}
