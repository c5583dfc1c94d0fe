import type { Table } from './csv';

/**
 * Case attributes from a table beside the sources (e.g. deltakere.csv: one row per case with
 * group, role, age band…). A key column names the case. A row whose key is a source's title or
 * file name gives that source its attributes. A row whose key is a speaker label (a focus-group
 * participant) cannot become per-speaker attributes, since attributes live on sources; the values
 * that all of a source's matched speakers share (their group, say) are given to the source, and
 * the columns that differ between them are reported.
 */

/** A source as the matcher sees it. */
export interface CaseSource {
  /** Titles and file names the source answers to (e.g. edited title, parsed title, file name). */
  names: readonly string[];
  /** Speaker labels in the source. */
  speakers: readonly string[];
}

export interface UnmatchedRow {
  line: number;
  key: string;
}

export interface CaseAttributeMatch {
  keyColumn: string;
  /** Attributes to set on each source, in the order the sources were given ({} when none). */
  attributes: Record<string, string>[];
  /** How each source was matched. */
  matchedBy: ('source' | 'speakers' | null)[];
  /** For sources matched through speakers: the speakers found, and the columns whose values differ. */
  speakers: string[][];
  varying: string[][];
  /** Rows whose key is neither a source nor a speaker, and rows with an empty key. */
  unmatched: UnmatchedRow[];
  /** Keys on more than one row: the first row is used. */
  duplicates: { key: string; lines: number[] }[];
}

/**
 * How keys are compared: case, Unicode form, spacing, and the separators people put in file names
 * (`intervju-01_veileder` = `Intervju 01 veileder`) do not matter; a file extension is dropped.
 */
export function caseKey(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .replace(/\.(txt|docx|pdf|vtt|srt|csv|xlsx)$/i, '')
    .toLocaleLowerCase('nb')
    .replace(/[\s_\-–—]+/g, ' ')
    .trim();
}

interface KeyedRow {
  key: string;
  line: number;
  values: Record<string, string>;
}

function keyedRows(table: Table, keyColumn: string) {
  const k = table.headers.indexOf(keyColumn);
  const rows = new Map<string, KeyedRow>();
  const empty: UnmatchedRow[] = [];
  const duplicates = new Map<string, { key: string; lines: number[] }>();
  for (const row of table.rows) {
    const raw = (row.cells[k] ?? '').trim();
    const key = caseKey(raw);
    if (key === '') {
      empty.push({ line: row.line, key: '' });
      continue;
    }
    const found = rows.get(key);
    if (found) {
      const dup = duplicates.get(key) ?? { key: found.key, lines: [found.line] };
      dup.lines.push(row.line);
      duplicates.set(key, dup);
      continue;
    }
    const values: Record<string, string> = {};
    table.headers.forEach((header, i) => {
      const value = (row.cells[i] ?? '').trim();
      if (i !== k && header !== '' && value !== '') values[header] = value;
    });
    rows.set(key, { key: raw, line: row.line, values });
  }
  return { rows, empty, duplicates };
}

/** The values every row shares, and the columns where they differ (or some row has none). */
function shared(rows: readonly KeyedRow[], headers: readonly string[]): { values: Record<string, string>; varying: string[] } {
  const values: Record<string, string> = {};
  const varying: string[] = [];
  for (const header of headers) {
    const seen = new Set<string | undefined>(rows.map((r) => r.values[header]));
    if (seen.size === 1 && !seen.has(undefined)) values[header] = rows[0]!.values[header]!;
    else if ([...seen].some((v) => v !== undefined)) varying.push(header);
  }
  return { values, varying };
}

export function matchCaseAttributes(table: Table, keyColumn: string, sources: readonly CaseSource[]): CaseAttributeMatch {
  const { rows, empty, duplicates } = keyedRows(table, keyColumn);
  const used = new Set<string>();
  const valueHeaders = table.headers.filter((h) => h !== keyColumn && h !== '');
  const result: CaseAttributeMatch = {
    keyColumn,
    attributes: [],
    matchedBy: [],
    speakers: [],
    varying: [],
    unmatched: [],
    duplicates: [...duplicates.values()],
  };
  for (const source of sources) {
    const own = source.names.map(caseKey).find((name) => rows.has(name));
    if (own !== undefined) {
      used.add(own);
      result.attributes.push({ ...rows.get(own)!.values });
      result.matchedBy.push('source');
      result.speakers.push([]);
      result.varying.push([]);
      continue;
    }
    const speakerRows = [...new Set(source.speakers.map(caseKey))].flatMap((s) => rows.get(s) ?? []);
    if (speakerRows.length > 0) {
      for (const r of speakerRows) used.add(caseKey(r.key));
      const { values, varying } = shared(speakerRows, valueHeaders);
      result.attributes.push(values);
      result.matchedBy.push('speakers');
      result.speakers.push(speakerRows.map((r) => r.key));
      result.varying.push(varying);
      continue;
    }
    result.attributes.push({});
    result.matchedBy.push(null);
    result.speakers.push([]);
    result.varying.push([]);
  }
  result.unmatched = [
    ...empty,
    ...[...rows.entries()].filter(([key]) => !used.has(key)).map(([, r]) => ({ line: r.line, key: r.key })),
  ].sort((a, b) => a.line - b.line);
  return result;
}

/**
 * The column that names the cases: the one whose values match the most sources, then the most
 * speakers; the first column when nothing matches (the user can choose another).
 */
export function guessKeyColumn(table: Table, sources: readonly CaseSource[]): string {
  let best = { header: table.headers[0] ?? '', sources: 0, speakers: 0 };
  for (const header of table.headers) {
    if (header === '') continue;
    const m = matchCaseAttributes(table, header, sources);
    const bySource = m.matchedBy.filter((b) => b === 'source').length;
    const bySpeakers = m.speakers.reduce((n, s) => n + s.length, 0);
    if (bySource > best.sources || (bySource === best.sources && bySpeakers > best.speakers)) {
      best = { header, sources: bySource, speakers: bySpeakers };
    }
  }
  return best.header;
}
