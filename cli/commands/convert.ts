import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExchangeProject } from '../../shared/exchange/exchange-project';
import { writeQdc } from '../../shared/exchange/refi/write/qdc';
import { writeQdpx } from '../../shared/exchange/refi/write/qdpx';
import { codebookTable, segmentsTable, tableToCsv } from '../../shared/exchange/segments-table';
import { tablesToXlsx } from '../../shared/exchange/segments-table-xlsx';
import { latestSchemaVersion } from '../../shared/migrations';
import type { Code, Theme, ThemeCode } from '../../shared/model';
import { appName, appVersion } from '../../shared/version';
import type { CliIo } from '../io';
import { readBackupProject } from '../report-backup';
import { readRefiProject } from '../read-refi-project';
import { nodeBackupEnvironment } from '../node-backup-environment';
import { encodeBackup } from '../../shared/backup/encode';
import type { Command } from './command';

const help = `Usage: npm run --silent cli -- convert <in> <out> [--table segments|codebook] [--separator ,|;]

Converts a project between exchange formats, chosen by the files' extensions.

Input:
  .json   a Kodebok project backup (File > Back up now; format "kodebok-project-backup")
  .qdpx, .qde, .qdc  a REFI-QDA project or codebook, read as File > Import REFI-QDA project reads
          it (see inspect --help): positions converted to ours, the Kodebok extension applied.
          Each import warning goes to stderr as "<file>: warning: …" and the conversion goes on.

Output:
  .json   a Kodebok project backup, as File > Back up now writes it (File > Restore from backup
          reads it as a new project).
  .qdpx   REFI-QDA project (project.qde, sources/<guid>.txt, kodebok/extension.json). The texts
          are UTF-8 without BOM with LF line endings; positions are UTF-16 code units over them,
          as NVivo counts. See docs/kodebok-extension.md.
  .qdc    REFI-QDA codebook: the code tree with colours and descriptions (needs at least one code).
  .csv    Coded segments, one row per coding: source, speaker, role, delay_hours, delay_phrase,
          code, code_path, coder, start, end, text, then one column per attribute. UTF-8 with
          BOM, CRLF; a cell that would start a formula gets a leading apostrophe.
          With --table codebook: the codebook, one row per code.
  .xlsx   Two sheets: Segments (as the CSV) and Codebook. Text cells are text, numbers numbers.

Options:
  --table segments|codebook  What a .csv holds (default segments).
  --separator , or ;         CSV field separator (default ","; ";" for Excel with a decimal comma).

Prints one line saying what was written. Exit codes: 0 written, 1 the input could not be used or
the output not written (one line on stderr: <file>: <reason>), 2 wrong usage.
`;

const inputs = ['.json', '.qdpx', '.qde', '.qdc'] as const;
const outputs = ['.json', '.qdpx', '.qdc', '.csv', '.xlsx'] as const;
type Output = (typeof outputs)[number];

function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the folder does not exist. Check the path.';
  if (code === 'EISDIR') return 'this is a folder. Give a file name.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied. Choose a folder you may write to.';
  return `cannot write the file (${error instanceof Error ? error.message : String(error)}).`;
}

/** The output bytes, or why this project cannot be written in that format. */
async function convert(
  project: ExchangeProject,
  format: Output,
  table: 'segments' | 'codebook',
  separator: ',' | ';',
): Promise<{ ok: true; data: string | Uint8Array; summary: string } | { ok: false; reason: string }> {
  const t = project.tables;
  const counts = `${t.sources.length} sources, ${t.codes.length} codes, ${t.codings.length} codings`;
  const origin = `${appName} ${appVersion}`;
  switch (format) {
    case '.json': {
      const backup = { schemaVersion: latestSchemaVersion, appVersion, exportedAt: new Date().toISOString(), ...project };
      const { pieces, sizeBytes } = await encodeBackup(backup, nodeBackupEnvironment);
      const data = new Uint8Array(sizeBytes);
      let at = 0;
      for (const piece of pieces) {
        data.set(piece, at);
        at += piece.length;
      }
      return { ok: true, data, summary: `Kodebok project backup: ${counts}` };
    }
    case '.qdpx': {
      const { bytes, skippedCodings } = writeQdpx(project, { origin, schemaVersion: latestSchemaVersion, appVersion });
      const skipped = skippedCodings.length > 0 ? ` (${skippedCodings.length} codings outside their source's text left out)` : '';
      return { ok: true, data: bytes, summary: `REFI-QDA project: ${counts}${skipped}` };
    }
    case '.qdc': {
      const xml = writeQdc(t.codes as unknown as Code[], origin, {
        themes: t.themes as unknown as Theme[],
        themeCodes: t.themeCodes as unknown as ThemeCode[],
      });
      if (xml === null) return { ok: false, reason: 'the project has no codes, and a REFI codebook needs at least one.' };
      return { ok: true, data: xml, summary: `REFI-QDA codebook: ${t.codes.length} codes` };
    }
    case '.csv': {
      const rows = table === 'codebook' ? codebookTable(project) : segmentsTable(project);
      return { ok: true, data: tableToCsv(rows, separator), summary: `CSV: ${rows.rows.length} ${table === 'codebook' ? 'codes' : 'coded segments'}` };
    }
    case '.xlsx': {
      const segments = segmentsTable(project);
      const bytes = tablesToXlsx([
        { name: 'Segments', table: segments },
        { name: 'Codebook', table: codebookTable(project) },
      ]);
      return { ok: true, data: bytes, summary: `XLSX: ${segments.rows.length} coded segments, ${t.codes.length} codes` };
    }
  }
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert between a project backup, REFI-QDA (.qdpx, .qdc), CSV and XLSX',
  help,
  run: async (args, io: CliIo) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { table: { type: 'string', default: 'segments' }, separator: { type: 'string', default: ',' } },
      });
    } catch (error) {
      io.stderr(`convert: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    const usage = (problem: string) => {
      io.stderr(`convert: ${problem} Run "convert --help" for usage.\n`);
      return 2;
    };
    if (positionals.length !== 2) return usage('give an input file and an output file.');
    const [input, output] = positionals as [string, string];
    const from = extname(input).toLowerCase();
    const to = extname(output).toLowerCase();
    if (!(inputs as readonly string[]).includes(from))
      return usage(`cannot read "${from || input}" files: give a Kodebok backup (.json) or a REFI-QDA .qdpx, .qde or .qdc.`);
    if (!(outputs as readonly string[]).includes(to)) return usage(`cannot write "${to || output}" files: use .json, .qdpx, .qdc, .csv or .xlsx.`);
    if (values.table !== 'segments' && values.table !== 'codebook') return usage(`unknown table "${values.table}": use segments or codebook.`);
    if (values.table === 'codebook' && to !== '.csv') return usage('--table is for .csv output only.');
    if (values.separator !== ',' && values.separator !== ';') return usage(`unknown separator "${values.separator}": use , or ;.`);

    const project = from === '.json' ? await readBackupProject(input, io) : await readRefiProject(input, io);
    if (!project) return 1;
    const result = await convert(project, to as Output, values.table, values.separator);
    if (!result.ok) {
      io.stderr(`${input}: ${result.reason}\n`);
      return 1;
    }
    try {
      await writeFile(output, result.data);
    } catch (error) {
      io.stderr(`${output}: ${writeReason(error)}\n`);
      return 1;
    }
    io.stdout(`${output}: ${result.summary}\n`);
    return 0;
  },
};
