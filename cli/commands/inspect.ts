import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { SpeakerRole } from '../../shared/model';
import { ImportError, importFile, importFormats, isSpeakerRole, type ImportFormat } from '../../shared/import';
import { parseColumnsOption } from '../column-mapping';
import { inspectJson, inspectSummary } from '../inspect-output';
import { inspectRefi, isRefiFile } from '../inspect-refi';
import { nodeImportEnvironment } from '../node-environment';
import type { Command } from './command';

const roles = 'user, caseworker, interviewer, participant, moderator, unknown';

const help = `Usage: npm run cli -- inspect <file> [--json] [--role Label=role ...] [--format <format>]
                               [--columns field=column,...]

Reads a transcript, dialogue, subtitle or table file (text, Word .docx, PDF, CSV or Excel .xlsx)
the way the app imports it and prints what it found: format, encoding, line endings, threads,
messages per speaker and role, reply delays and warnings. A REFI-QDA project (.qdpx) or
codebook (.qdc) prints its users, codes, sources, selections, codings, notes and warnings.

Options:
  --json               Print one JSON object:
                       {"file","format","encoding","lineEndings",
                        "sources":[{"title","kind","preamble":{"start","end","text"}|null,
                          "messages":[{"speaker","role",
                          "delay":{"phrase","minHours","maxHours"}|null,"timestamp",
                          "timestampEnd","start","end","text"}]}],
                        "warnings":[{"line","message"}]}
                       start/end are offsets in UTF-16 code units (what JavaScript strings
                       index) into the source's text with LF line endings, end exclusive;
                       text is the message body. preamble is the header before the first
                       speaker (title, date, place), not a message. timestamp is an ISO 8601
                       date-time, a transcript's media time "HH:MM:SS", or a subtitle cue's
                       start "HH:MM:SS.mmm"; timestampEnd is the cue's end, null otherwise.
                       A REFI-QDA project (.qdpx, or a bare .qde) or codebook (.qdc) prints
                       instead: {"file","format":"qdpx"|"qdc","users":N,"codes":N,
                        "sources":[{"title","kind","characters"}],"selections":N,
                        "codings":N,"notes":N,"unplaced":N,
                        "warnings":[{"message","code","params"}]}
                       Counts are as in the file: selections are its PlainTextSelections
                       (NVivo writes one per code on the same range; each is counted),
                       codings its Coding elements on any kind of source. kind is text,
                       pdf, picture, audio or video; characters is the length of the
                       stored text (UTF-16 units, LF line endings), null when the text is
                       not in the file. unplaced counts the text selections that could not
                       be placed in their text (outside it, inside a character, a quote
                       that differs, or a source file missing); the summary without --json
                       lists each, and how each source's positions were read.
  --role Label=role    Give a speaker label a role (repeatable). Roles: ${roles}.
  --format <format>    Skip detection: ${importFormats.join(', ')}.
  --columns field=column,...
                       Which CSV/XLSX columns hold what, instead of guessing from the
                       header row. Fields: thread, speaker, text, timestamp, delay, role;
                       speaker and text are required, the others are left out unless named.
                       Columns are header names as written, e.g.
                       --columns thread=tråd,speaker=avsender,text=melding,timestamp=tidspunkt,role=rolle
                       A column that is not in the header row exits 1.

Exit codes: 0 read, 1 the file could not be read (one line on stderr: <file>:<line>: <reason>),
2 wrong usage.
`;

function parseRoleOverrides(values: readonly string[]): Record<string, SpeakerRole> | string {
  const overrides: Record<string, SpeakerRole> = {};
  for (const value of values) {
    const eq = value.lastIndexOf('=');
    const label = value.slice(0, eq).trim();
    const role = value.slice(eq + 1).trim();
    if (eq <= 0 || label === '' || !isSpeakerRole(role))
      return `--role expects Label=role with role one of ${roles} (got "${value}").`;
    overrides[label] = role;
  }
  return overrides;
}

function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file. Check the path.';
  if (code === 'EISDIR') return 'this is a folder, not a file. Give the path of a file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied. Check that you may read the file.';
  return `cannot read the file (${error instanceof Error ? error.message : String(error)}).`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Show how a file would be imported (format, encoding, threads, speakers, delays, warnings)',
  help,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          role: { type: 'string', multiple: true, default: [] },
          format: { type: 'string' },
          columns: { type: 'string' },
        },
      });
    } catch (error) {
      io.stderr(`inspect: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.stderr('inspect: give exactly one file. Run "inspect --help" for usage.\n');
      return 2;
    }
    const roleOverrides = parseRoleOverrides(values.role);
    if (typeof roleOverrides === 'string') {
      io.stderr(`inspect: ${roleOverrides}\n`);
      return 2;
    }
    const format = values.format;
    if (format !== undefined && !(importFormats as readonly string[]).includes(format)) {
      io.stderr(`inspect: --format must be one of ${importFormats.join(', ')} (got "${format}").\n`);
      return 2;
    }

    const columnMapping = values.columns === undefined ? undefined : parseColumnsOption(values.columns);
    if (typeof columnMapping === 'string') {
      io.stderr(`inspect: ${columnMapping}\n`);
      return 2;
    }

    const path = positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      io.stderr(`${path}: ${fileErrorReason(error)}\n`);
      return 1;
    }
    if (isRefiFile(path)) return inspectRefi(path, basename(path), bytes, values.json, io);
    try {
      const options = {
        roleOverrides,
        ...(format ? { format: format as ImportFormat } : {}),
        ...(columnMapping ? { columnMapping } : {}),
      };
      const result = await importFile({ fileName: basename(path), bytes, options }, nodeImportEnvironment);
      if (columnMapping && result.format !== 'csv' && result.format !== 'xlsx') {
        io.stderr(`inspect: --columns applies to CSV and XLSX tables, and ${path} was read as ${result.format}.\n`);
        return 2;
      }
      io.stdout(values.json ? `${JSON.stringify(inspectJson(path, result))}\n` : inspectSummary(path, result));
      return 0;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      io.stderr(`${path}:${error.line === null ? '' : `${error.line}:`} ${oneLine(error.message)}\n`);
      return 1;
    }
  },
};
