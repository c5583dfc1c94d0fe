import { codePath } from '../codebook/tree';
import type { Attribute, Code, Coder, Coding, Message, Source } from '../model';
import { spreadsheetCsv, type CsvSeparator } from '../retrieval/csv-unparse';
import type { ExchangeProject } from './exchange-project';
import { exportView } from './refi/write/project-view';

/** A cell of a statistics table: text, a number (written as a number in XLSX), or empty. */
export type TableCell = string | number | null;

export interface DataTable {
  header: string[];
  rows: TableCell[][];
}

/**
 * The fixed columns of the coded-segments table. Names are plain lower-case ASCII, the same in every
 * UI language, so SPSS, R (`read.csv`) and Stata take them as variable names and a script written
 * against one export reads the next. Attribute columns follow, named as the attributes are.
 */
export const segmentColumns = [
  'source',
  'speaker',
  'role',
  'delay_hours',
  'delay_phrase',
  'code',
  'code_path',
  'coder',
  'start',
  'end',
  'text',
] as const;

/** The message (turn) a coding starts in, or the first one it overlaps; messages sorted by start. */
function messageAt(messages: Message[], start: number, end: number): Message | undefined {
  let lo = 0;
  let hi = messages.length - 1;
  let found: Message | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = messages[mid]!;
    if (m.start <= start) {
      found = m;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found && start < found.end) return found;
  // The coding starts between turns (in a preamble or a gap): the first turn it reaches.
  const next = messages.find((m) => m.start >= start && m.start < end);
  return next;
}

/**
 * One row per coding, for SPSS, R and Excel: the source, the speaker, role and reply delay of the
 * turn it starts in (empty outside dialogues), the code and its path ("Respons/Grensearbeid"),
 * the coder's name, the UTF-16 offsets (end exclusive), the coded text, and one column per case
 * attribute with the source's value. Rows in source order, then by position.
 */
export function segmentsTable(project: ExchangeProject): DataTable {
  const view = exportView(project);
  const messagesBySource = new Map<string, Message[]>();
  for (const m of (project.tables.messages ?? []) as unknown as Message[]) {
    const list = messagesBySource.get(m.sourceId);
    if (list) list.push(m);
    else messagesBySource.set(m.sourceId, [m]);
  }
  for (const list of messagesBySource.values()) list.sort((a, b) => a.start - b.start || a.order - b.order);
  const codes = new Map<string, Code>(view.codes.map((c) => [c.id, c]));
  const coders = new Map<string, Coder>(view.coders.map((c) => [c.id, c]));
  const sourceOrder = new Map(view.sources.map((s, i) => [s.id, i]));
  const sources = new Map<string, Source>(view.sources.map((s) => [s.id, s]));
  const attributes: Attribute[] = view.attributes;

  const codings = view.codings
    .filter((c) => sources.has(c.sourceId) && codes.has(c.codeId))
    .sort((a, b) => sourceOrder.get(a.sourceId)! - sourceOrder.get(b.sourceId)! || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const rows = codings.map((coding: Coding): TableCell[] => {
    const source = sources.get(coding.sourceId)!;
    const text = view.texts.get(coding.sourceId) ?? '';
    const message = messageAt(messagesBySource.get(coding.sourceId) ?? [], coding.start, coding.end);
    const coderId = coding.coderId || coding.authorId;
    return [
      source.title,
      message?.speaker ?? null,
      message?.role ?? null,
      message?.delay?.minHours ?? null,
      message?.delay?.phrase || null,
      codes.get(coding.codeId)!.name,
      codePath(codes, coding.codeId),
      coders.get(coderId)?.name ?? (coderId || null),
      coding.start,
      coding.end,
      text.slice(coding.start, coding.end),
      ...attributes.map((a) => source.attributes?.[a.id] ?? null),
    ];
  });
  return { header: [...segmentColumns, ...attributes.map((a) => a.name)], rows };
}

/** The codebook, one row per code in tree order, with its criteria and how many codings it has. */
export function codebookTable(project: ExchangeProject): DataTable {
  const view = exportView(project);
  const codes = new Map<string, Code>(view.codes.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const c of view.codings) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const ordered = [...view.codes].sort((a, b) => (codePath(codes, a.id) < codePath(codes, b.id) ? -1 : 1));
  return {
    header: ['code_path', 'name', 'short_name', 'parent_path', 'color', 'definition', 'inclusion', 'exclusion', 'typical_example', 'atypical_example', 'codings'],
    rows: ordered.map((c) => [
      codePath(codes, c.id),
      c.name,
      str(c.shortName),
      c.parentId && codes.has(c.parentId) ? codePath(codes, c.parentId) : null,
      str(c.color),
      str(c.definition),
      str(c.inclusion),
      str(c.exclusion),
      str(c.typicalExample),
      str(c.atypicalExample),
      counts.get(c.id) ?? 0,
    ]),
  };
}

/**
 * A table as CSV for spreadsheets (UTF-8 with BOM, CRLF, no cell that would run as a formula:
 * csv-unparse.ts). Numbers are written with a point as decimal sign, as R and SPSS read them.
 */
export function tableToCsv(table: DataTable, separator: CsvSeparator = ','): string {
  const cell = (v: TableCell) => (v === null ? '' : String(v));
  return spreadsheetCsv([table.header, ...table.rows.map((row) => row.map(cell))], separator);
}
