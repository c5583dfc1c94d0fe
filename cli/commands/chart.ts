import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  buildFilteredChart,
  chartCsv,
  chartFiltered,
  chartFilterable,
  chartKinds,
  chartLanguages,
  cooccurrenceModes,
  cooccurrenceViews,
  csvSeparatorFor,
  matrixSorts,
  toSvg,
  type ChartKind,
  type ChartLanguage,
  type ChartRows,
  type CooccurrenceMode,
  type CooccurrenceView,
  type MatrixSort,
} from '../../shared/charts';
import type { Attribute, Coder, Message, Source } from '../../shared/model';
import { reportRowsFromTables } from '../../shared/reports';
import { resolveChartFilters, speakerRoles } from '../chart-filters';
import { loadDemoProject } from '../demo-project';
import { fileErrorReason } from '../file-error-reason';
import type { CliIo } from '../io';
import { deadlineOf, readProjectBackup } from '../report-backup';
import { codePath } from '../../shared/codebook/tree';
import type { Command } from './command';

const help = `Usage: npm run --silent cli -- chart <frequencies|cooccurrence|matrix|strategies|delays|codeline|stc-flow> [project-backup.json]
         --out FILE.svg [--csv FILE.csv] [--lang nb|nn|en]
         [--mode overlap|message|source] [--view heatmap|network] [--threshold N]
         [--sort title|total] [--fold PATH] [--role ROLE] [--coder NAME] [--attribute NAME=VALUE]

Draws a chart of the coding as a standalone SVG file: the same bytes the app exports for the
same data and language.

  frequencies    codings and sources per code, in codebook order, a code counting its sub-codes
  cooccurrence   code × code heatmap: how often two codes are applied together; the diagonal is
                 each code's own count
  matrix         sources × codes: codings per source and code
  strategies     the study's response types (no written response, help without boundary work,
                 boundary work) and boundary-work strategies (clear, ambiguous) as 100 % stacked
                 bars of sequences (sources), counts and shares in the labels; where the
                 caseworker's position is coded, a strategy bar per position
  delays         caseworkers' reply delays in hours by the response strategy coded on or
                 overlapping the reply: a dot per exact delay, a bar per range ("samme dag"),
                 the answer deadline as a line (the project's own from its settings; 48 h for
                 the demo and for backups without one), counts within and over the deadline per
                 strategy
  codeline       one row per source with its codings as ticks along its length, coloured by
                 top-level code
  stc-flow       the STC analysis as a Sankey diagram: meaning units from code groups into
                 subgroups and on to golden quotes (or not); a message when there is no STC work

Without a file it draws the demo project built from sample-data/. With a file it reads a Kodebok
project backup (File > Back up now in the app; format "kodebok-project-backup").

Options:
  --out FILE.svg   Where to write the SVG (required).
  --csv FILE.csv   Also write the numbers behind the chart as CSV (UTF-8 with BOM; ";" between
                   fields for nb and nn, "," for en; a cell that would start a formula is
                   neutralised with a leading apostrophe).
  --lang nb|nn|en  Language of titles, axes and legends (default nb: bokmål).
  --mode MODE      cooccurrence only: overlap (segments that overlap, default), message (in the
                   same message or turn; sources without messages add nothing) or source (in
                   the same source).
  --view VIEW      cooccurrence only: heatmap (default) or network (codes as nodes sized by
                   their codings, links between codes applied together, wider and darker for
                   more; a force layout with a fixed start, so the same data gives the same file).
  --threshold N    cooccurrence --view network only: leave out links between codes applied
                   together fewer than N times (a whole number, 1 or more; default 1).
  --sort KEY       matrix only: title (default) or total (most coded source first).
  --fold PATH      frequencies only, repeatable: fold away the sub-codes of this code (its path as
                   in the codebook, e.g. "Respons" or "Grensearbeid/Tydelig"); its bar still
                   counts them, and the chart says which codes are folded.

Filters (each may be repeated; values of one filter are alternatives, different filters must all
hold; the same filters as Analysis > segments in the app). A filtered chart says so in its title.
Not for stc-flow, which counts meaning units rather than codings.
  --role ROLE      Only codings starting in a message of this speaker role:
                   ${speakerRoles.join(', ')}.
  --coder NAME     Only this coder's codings (the coder's name in the project, or id).
  --attribute NAME=VALUE
                   Only sources whose attribute NAME (e.g. Målform) has VALUE.

Exit codes: 0 written, 1 the file could not be used or written, an unknown chart, or a chart with
no data (one line on stderr), 2 wrong usage.
`;

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`chart: ${message} Run "chart --help" for usage.\n`);
  return 2;
}

export const chartCommand: Command = {
  name: 'chart',
  summary: 'Draw a chart (frequencies, co-occurrence, source × code matrix, response strategies, reply delays, codings along sources, STC flow) as SVG, with its numbers as CSV',
  help,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          out: { type: 'string' },
          csv: { type: 'string' },
          lang: { type: 'string', default: 'nb' },
          mode: { type: 'string', default: 'overlap' },
          view: { type: 'string', default: 'heatmap' },
          threshold: { type: 'string', default: '1' },
          fold: { type: 'string', multiple: true },
          sort: { type: 'string', default: 'title' },
          role: { type: 'string', multiple: true },
          coder: { type: 'string', multiple: true },
          attribute: { type: 'string', multiple: true },
        },
      });
    } catch (error) {
      return usage(io, error instanceof Error ? `${error.message}.` : String(error));
    }
    const { values, positionals } = parsed;
    const [kind, path, ...extra] = positionals;
    if (kind === undefined) return usage(io, `name a chart: ${chartKinds.join(', ')}.`);
    if (extra.length > 0) return usage(io, 'give at most one project backup.');
    const language = values.lang;
    if (!oneOf<ChartLanguage>(language, chartLanguages)) return usage(io, `--lang must be one of ${chartLanguages.join(', ')}.`);
    const mode = values.mode;
    if (!oneOf<CooccurrenceMode>(mode, cooccurrenceModes)) return usage(io, `--mode must be one of ${cooccurrenceModes.join(', ')}.`);
    const view = values.view;
    if (!oneOf<CooccurrenceView>(view, cooccurrenceViews)) return usage(io, `--view must be one of ${cooccurrenceViews.join(', ')}.`);
    const threshold = Number(values.threshold);
    if (!/^\d+$/.test(values.threshold) || threshold < 1) return usage(io, '--threshold must be a whole number, 1 or more.');
    const sort = values.sort;
    if (!oneOf<MatrixSort>(sort, matrixSorts)) return usage(io, `--sort must be one of ${matrixSorts.join(', ')}.`);
    if (values.out === undefined) return usage(io, '--out FILE.svg is required.');
    // An unknown chart is a wrong input, not wrong usage: exit 1 with the kinds there are (issue #14).
    if (!oneOf<ChartKind>(kind, chartKinds)) {
      io.stderr(`chart: unknown chart "${kind}"; the charts are: ${chartKinds.join(', ')}.\n`);
      return 1;
    }

    const filterArgs = { role: values.role, coder: values.coder, attribute: values.attribute };
    if (!chartFilterable(kind) && Object.values(filterArgs).some((list) => list && list.length > 0))
      return usage(io, `--role, --coder and --attribute do not apply to ${kind}: it counts meaning units, not codings.`);

    let rows: ChartRows | null;
    if (path === undefined) {
      try {
        const demo = await loadDemoProject(language);
        // The demo's worked STC example (code groups, subgroups, golden quotes) for the stc-flow.
        const stc = demo.analysis as Pick<ChartRows, 'codeGroups' | 'subgroups' | 'placements' | 'goldenQuotes'>;
        rows = { ...demo, codeGroups: stc.codeGroups, subgroups: stc.subgroups, placements: stc.placements, goldenQuotes: stc.goldenQuotes };
      } catch (error) {
        io.stderr(`sample-data: cannot build the demo project (${error instanceof Error ? error.message : String(error)}).\n`);
        return 1;
      }
    } else {
      // Read as a report reads it: checked like a restore, older schemas upgraded, damaged references
      // repaired, and with the messages the "same message" co-occurrence needs.
      const read = await readProjectBackup(path, io);
      if (!read) return 1;
      const report = reportRowsFromTables(String(read.project.name ?? ''), read.tables);
      const table = <T>(name: 'sources' | 'messages' | 'attributes' | 'coders') => (read.tables[name] ?? []) as T[];
      const attributeValues = new Map(table<Source>('sources').map((s) => [s.id, s.attributes]));
      rows = {
        ...report,
        // The codeline places codings along each source's current text; the filters read its attributes.
        sources: report.sources.map((s) => ({ id: s.id, title: s.title, order: s.order, length: s.text.length, attributes: attributeValues.get(s.id) })),
        messages: table<Message>('messages'),
        attributes: table<Attribute>('attributes').map((a) => ({ id: a.id, name: a.name, order: a.order })),
        coders: table<Coder>('coders').map((c) => ({ id: c.id, name: c.name })),
        deadlineHours: deadlineOf(read.project.settings),
      };
    }

    const resolved = resolveChartFilters(filterArgs, rows, path ?? 'demo project');
    if (!resolved.ok) {
      io.stderr(`${resolved.message}${resolved.usage ? ' Run "chart --help" for usage.' : ''}\n`);
      return resolved.usage ? 2 : 1;
    }
    const folded = new Set<string>();
    for (const wanted of values.fold ?? []) {
      const code = rows.codes.find((c) => codePath(rows.codes, c.id) === wanted.trim());
      if (!code) {
        io.stderr(`${path ?? 'demo project'}: no code "${wanted}" to fold; give its path as the codebook shows it, e.g. "${rows.codes[0] ? codePath(rows.codes, rows.codes[0].id) : 'Kode'}".\n`);
        return 1;
      }
      folded.add(code.id);
    }
    const chart = buildFilteredChart(kind, rows, resolved.filters, { language, cooccurrence: mode, cooccurrenceView: view, threshold, sort, folded });
    if (chart.empty) {
      const subset = chartFiltered(resolved.filters) ? ' with these filters' : '';
      io.stderr(`${path ?? 'demo project'}: no data for the ${kind} chart${subset}: ${chart.description}\n`);
      return 1;
    }
    const writes: [string, string][] = [[values.out, toSvg(chart)]];
    if (values.csv !== undefined) writes.push([values.csv, chartCsv(chart.table, csvSeparatorFor(language))]);
    for (const [file, text] of writes) {
      try {
        await writeFile(file, text, 'utf8');
      } catch (error) {
        io.stderr(`${file}: ${fileErrorReason(error)}\n`);
        return 1;
      }
    }
    return 0;
  },
};
