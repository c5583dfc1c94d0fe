import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  buildStcReport,
  buildThematicReport,
  reportDocx,
  reportLanguages,
  reportMarkdown,
  stcReportJson,
  thematicReportJson,
  type ReportLanguage,
  type ReportRows,
} from '../../shared/reports';
import { loadDemoReportRows } from '../demo-report-project';
import type { CliIo } from '../io';
import { readReportBackup } from '../report-backup';
import type { Command } from './command';

const help = `Usage: npm run --silent cli -- report [project-backup.json] --method stc|thematic
         [--format md|docx|json] [--lang nb|nn|en] [--out FILE]

Writes the results section of an analysis: for systematic text condensation (stc) one heading
per code group with its analytic text, each subgroup's condensate and golden quotes; for
thematic analysis (thematic) one heading per theme with its definition, codes, subthemes and
quotes. Every quote is printed with its source title, speaker and offsets (UTF-16 units into
the source's current text, end exclusive), followed by an appendix of counts and an audit
trail (the steps' states, the preliminary themes' notes and the project memos). When published
values are saved with the project (Analysis > Reproduce), Appendix C reproduces the study's
table from the coding beside them, with every difference and why.

Without a file it reports on the demo project built from sample-data/. With a file it reads a
Kodebok project backup (File > Back up now in the app; format "kodebok-project-backup").

Options:
  --method stc|thematic  Which analysis to report (required).
  --format md|docx|json  Markdown (default), a Word file, or one line of JSON.
  --lang nb|nn|en        Language of headings and labels (default nb: bokmål). Researcher
                         text is printed as written.
  --out FILE             Write to FILE instead of stdout. Required for docx (a binary file
                         is never written to the terminal).

JSON for stc:
  {"method":"stc","codeGroups":[{"name","meaningUnits":N,"sources":N,"analyticText",
   "subgroups":[{"name","condensate","meaningUnits":N,"goldenQuotes":[{"text","source","start","end"}]}]}]}
JSON for thematic:
  {"method":"thematic","themes":[{"name","definition","codes":["path"],"segments":N,"sources":N,
   "subthemes":[{"name","definition","quotes":[{"text","source","start","end"}]}]}]}
Both add, when published values are saved, "reproduce":{"allMatch",
   "rows":[{"category","partOf","computed","published","difference","explanations":["code"]}]}
  (counts are sequences, i.e. sources; null when not counted or not entered; explanation codes:
  missing-code, not-published, overlap-counted-twice, more-coded, fewer-coded).
Code groups, subgroups, themes and quotes come in their order; texts are plain. "source" is the
source's title and "text" is its current text from start to end. A theme's "codes" are the
codes gathered into it or its subthemes, as paths ("Boundary work/Clear", as stats prints them);
"segments" counts the codings of those codes and their sub-codes, each coding once, and
"sources" the sources those codings are in.

Exit codes: 0 written, 1 the file could not be used or written (one line on stderr:
<file>: <reason>), 2 wrong usage.
`;

const methods = ['stc', 'thematic'] as const;
const formats = ['md', 'docx', 'json'] as const;

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

async function render(
  rows: ReportRows,
  method: (typeof methods)[number],
  format: (typeof formats)[number],
  language: ReportLanguage,
): Promise<string | Uint8Array> {
  const report = method === 'stc' ? buildStcReport(rows, language) : buildThematicReport(rows, language);
  if (format === 'md') return reportMarkdown(report);
  if (format === 'docx') return reportDocx(report);
  const json = report.method === 'stc' ? stcReportJson(report) : thematicReportJson(report);
  return `${JSON.stringify(json)}\n`;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the results of an STC or thematic analysis as Markdown, .docx or JSON',
  help,
  run: async (args, io: CliIo) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          method: { type: 'string' },
          format: { type: 'string', default: 'md' },
          lang: { type: 'string', default: 'nb' },
          out: { type: 'string' },
        },
      });
    } catch (error) {
      io.stderr(`report: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    const usage = (problem: string) => {
      io.stderr(`report: ${problem} Run "report --help" for usage.\n`);
      return 2;
    };
    if (positionals.length > 1) return usage('give at most one project backup.');
    if (values.method === undefined) return usage('say which analysis to report: --method stc or --method thematic.');
    if (!oneOf(values.method, methods)) return usage(`unknown method "${values.method}": use stc or thematic.`);
    if (!oneOf(values.format, formats)) return usage(`unknown format "${values.format}": use md, docx or json.`);
    if (!oneOf(values.lang, reportLanguages)) return usage(`unknown language "${values.lang}": use nb, nn or en.`);
    if (values.format === 'docx' && !values.out) return usage('a .docx report is a file: give --out FILE.');

    const path = positionals[0];
    let rows: ReportRows | null;
    if (path === undefined) {
      try {
        rows = await loadDemoReportRows(values.lang);
      } catch (error) {
        io.stderr(
          `sample-data: cannot build the demo project (${error instanceof Error ? error.message : String(error)}).\n`,
        );
        return 1;
      }
    } else {
      rows = await readReportBackup(path, io);
      if (!rows) return 1;
    }

    const output = await render(rows, values.method, values.format, values.lang);
    if (values.out === undefined) {
      io.stdout(output as string);
      return 0;
    }
    try {
      await writeFile(values.out, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'the folder does not exist. Check the path.'
          : code === 'EISDIR'
            ? 'this is a folder. Give a file name.'
            : code === 'EACCES' || code === 'EPERM'
              ? 'permission denied. Choose a folder you may write to.'
              : `cannot write the file (${error instanceof Error ? error.message : String(error)}).`;
      io.stderr(`${values.out}: ${reason}\n`);
      return 1;
    }
    return 0;
  },
};
