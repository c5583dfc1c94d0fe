import type { ReplyDelay, SpeakerRole } from '../model';
import type { Table, TableRow } from './csv';
import { isUnderstood, parseDelay } from './delays';
import type { ParseOptions } from './options';
import { ImportError, type ImportedMessage, type ImportedSource, type ImportResult } from './result';
import { normaliseLabel, roleFromName, speakerRoles } from './speakers';
import { withTimestampDelays } from './timestamp-delays';
import { parseAbsoluteTimestamp } from './timestamps';
import { times, WarningList } from './warnings';

/** Which header holds what. Only speaker and text are required. */
export interface ColumnMapping {
  thread?: string;
  speaker: string;
  text: string;
  timestamp?: string;
  delay?: string;
  role?: string;
}

type Field = keyof ColumnMapping;

/** The mapping's fields, in the order the CLI and the docs list them. */
export const columnFields: readonly Field[] = ['thread', 'speaker', 'text', 'timestamp', 'delay', 'role'];

const fieldNames: Record<Field, string> = {
  thread: 'thread',
  speaker: 'speaker',
  text: 'text',
  timestamp: 'timestamp',
  delay: 'delay',
  role: 'role',
};

// prettier-ignore
const headerWords: Record<Field, string[]> = {
  thread: ['tråd', 'traad', 'trådid', 'thread', 'threadid', 'dialog', 'dialogid', 'dialogue', 'samtale', 'samtaleid', 'conversation', 'conversationid'],
  speaker: ['avsender', 'speaker', 'fra', 'from', 'sender', 'taler', 'talar', 'person'],
  text: ['tekst', 'melding', 'meldingstekst', 'text', 'message', 'innhold', 'content', 'body', 'ytring'],
  timestamp: ['tidspunkt', 'dato', 'timestamp', 'tid', 'time', 'date', 'datetime', 'sendt', 'sent', 'tidsstempel'],
  delay: ['forsinkelse', 'delay', 'svartid', 'responstid', 'replydelay'],
  role: ['rolle', 'role'],
};

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * A first guess at the mapping from Norwegian or English header names, for the user to confirm.
 * A lone "rolle" column serves as the speaker column.
 */
export function guessColumnMapping(headers: readonly string[]): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  for (const field of Object.keys(headerWords) as Field[]) {
    const header = headers.find((h) => headerWords[field].includes(headerKey(h)));
    if (header !== undefined) mapping[field] = header;
  }
  if (mapping.speaker === undefined && mapping.role !== undefined) {
    mapping.speaker = mapping.role;
    delete mapping.role;
  }
  return mapping;
}

/** A complete mapping, or an error that says which required column could not be found. */
export function requireColumnMapping(
  headers: readonly string[],
  guess: Partial<ColumnMapping>,
  fileName: string,
): ColumnMapping {
  for (const field of ['speaker', 'text'] as const) {
    if (guess[field] === undefined) {
      throw new ImportError(
        'malformed',
        `"${fileName}" line 1: no column for the message ${fieldNames[field]} was recognised among the headers (${headers.join(', ')}). Name the columns, e.g. "avsender" and "melding" (or "speaker" and "text"), or map them with --columns on the command line.`,
        {
          line: 1,
          code: field === 'speaker' ? 'table-speaker-column-missing' : 'table-text-column-missing',
          params: { file: fileName, headers: headers.join(', ') },
        },
      );
    }
  }
  return guess as ColumnMapping;
}

/**
 * Table rows → dialogue sources, one per value of the thread column in first-seen order. The text
 * of a source is "Speaker: (delay) message" blocks joined by blank lines, so it reads like a
 * quoted thread; offsets cover the message only. Unmapped columns with one value per thread
 * (group, age band…) become the source's attributes.
 */
export function parseTable(
  table: Table,
  mapping: ColumnMapping,
  options: ParseOptions & { fileName: string },
): ImportResult {
  const index = columnIndexes(table.headers, mapping, options.fileName);
  const roleOf = speakerRoles(options.roleOverrides);
  const warnings = new WarningList();
  const threads = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    const key = index.thread === undefined ? '' : (row.cells[index.thread] ?? '').trim();
    const rows = threads.get(key);
    if (rows) rows.push(row);
    else threads.set(key, [row]);
  }

  const sources: ImportedSource[] = [];
  for (const [key, rows] of threads) {
    let text = '';
    const messages: ImportedMessage[] = [];
    for (const row of rows) {
      const cell = (i: number | undefined): string => (i === undefined ? '' : (row.cells[i] ?? '').trim());
      const speaker = normaliseLabel(cell(index.speaker));
      const role = rowRole(speaker, cell(index.role), row.line, roleOf, options, warnings);
      const delay = rowDelay(cell(index.delay), row.line, warnings);
      const timestamp = rowTimestamp(cell(index.timestamp), row.line, warnings);
      const body = cell(index.text);
      if (body === '')
        warnings.add('empty-message', row.line, `The message from "${speaker}" is empty.`, { label: speaker });
      if (text !== '') text += '\n\n';
      if (speaker !== '') text += `${speaker}:${delay && delay.phrase !== '' ? ` (${delay.phrase})` : ''} `;
      const start = text.length;
      text += body;
      messages.push({ speaker, role, delay, timestamp, timestampEnd: null, start, end: text.length, line: row.line });
    }
    sources.push({
      title: index.thread === undefined ? options.title : `${options.title} – ${key || '(no thread)'}`,
      kind: 'dialogue',
      text,
      messages: withTimestampDelays(messages),
      preamble: null,
      attributes: constantColumns(table.headers, rows, index.used),
    });
  }
  return { format: 'csv', sources, warnings: warnings.toArray() };
}

function columnIndexes(headers: readonly string[], mapping: ColumnMapping, fileName: string) {
  const used = new Set<number>();
  const find = (field: Field): number | undefined => {
    const name = mapping[field];
    if (name === undefined) return undefined;
    const i = headers.findIndex((h) => h === name.trim());
    if (i === -1) {
      throw new ImportError(
        'malformed',
        `"${fileName}" line 1: the ${fieldNames[field]} column "${name}" is not in the header row (found: ${headers.join(', ')}). Map it to one of those columns.`,
        {
          line: 1,
          code: 'table-column-not-found',
          params: { file: fileName, field, column: name, headers: headers.join(', ') },
        },
      );
    }
    used.add(i);
    return i;
  };
  return {
    thread: find('thread'),
    speaker: find('speaker')!,
    text: find('text')!,
    timestamp: find('timestamp'),
    delay: find('delay'),
    role: find('role'),
    used,
  };
}

function rowRole(
  speaker: string,
  roleCell: string,
  line: number,
  roleOf: (label: string) => SpeakerRole | null,
  options: ParseOptions,
  warnings: WarningList,
): SpeakerRole {
  const fromCell = roleCell === '' ? null : roleFromName(roleCell, options.roleOverrides);
  const role = fromCell ?? roleOf(speaker);
  if (role !== null) return role;
  const label = roleCell === '' ? speaker : roleCell;
  warnings.addOnce(
    'unknown-speaker-label',
    label,
    line,
    { label },
    (n) =>
      `"${label}" is not a known speaker or role${times(n)}; those messages have role "unknown". Give it a role if needed.`,
  );
  return 'unknown';
}

function rowDelay(cell: string, line: number, warnings: WarningList): ReplyDelay | null {
  if (cell === '') return null;
  const delay = parseDelay(cell.replace(/^\((.*)\)$/, '$1'));
  if (!isUnderstood(delay)) {
    warnings.addOnce(
      'unknown-delay-phrase',
      delay.phrase.toLowerCase(),
      line,
      { phrase: delay.phrase },
      (n) =>
        `The reply delay "${delay.phrase}" is not understood${times(n)}; it is kept as written with the delay unknown.`,
    );
  }
  return delay;
}

function rowTimestamp(cell: string, line: number, warnings: WarningList): string | null {
  if (cell === '') return null;
  const timestamp = parseAbsoluteTimestamp(cell);
  if (timestamp === null) {
    warnings.add(
      'timestamp-unreadable',
      line,
      `"${cell}" is not a date and time this import reads (e.g. 12.03.2020 14:05 or 2020-03-12T14:05).`,
      {
        value: cell,
      },
    );
  }
  return timestamp;
}

function constantColumns(
  headers: readonly string[],
  rows: readonly TableRow[],
  used: ReadonlySet<number>,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  headers.forEach((header, i) => {
    if (used.has(i) || header === '') return;
    const value = (rows[0]!.cells[i] ?? '').trim();
    if (value !== '' && rows.every((r) => (r.cells[i] ?? '').trim() === value)) attributes[header] = value;
  });
  return attributes;
}
