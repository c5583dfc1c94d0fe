import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  agreementMeasures,
  agreementUnitKinds,
  alphaBootstrap,
  alphaLevels,
  chosenCodes,
  measureAgreement,
  projectAgreement,
  projectMeasures,
  readAgreementCsv,
  reasonSentence,
  type AgreementResult,
  type AgreementSource,
  type AgreementUnitKind,
  type AlphaLevel,
  type ProjectAgreement,
} from '../../shared/agreement';
import { decodeBackup, type DecodedBackup } from '../../shared/backup';
import { codePath } from '../../shared/codebook/tree';
import type { Code, Coder, Coding, Message, Source, SourceEdit, SourceText } from '../../shared/model';
import { currentText } from '../../shared/sources/current-text';
import { fileErrorReason } from '../file-error-reason';
import type { CliIo } from '../io';
import { nodeBackupEnvironment } from '../node-backup-environment';
import { backupProblemReason } from '../report-backup';
import type { Command } from './command';

const help = `Usage:
  npm run cli -- agree <file.csv> --measure percent|cohen|scott|fleiss|alpha [--level nominal|ordinal|interval|ratio] [--json]
  npm run cli -- agree <project-backup.json> --coders A,B[,C...] [--code PATH] [--measure percent|cohen|scott|fleiss|alpha|ualpha] [--unit turn|paragraph|sentence|char] [--json]

Inter-coder agreement. Formulas, variants and sources are in docs/agreement.md.

CSV form: one row per unit, one column per coder; the header row names the coders; an empty cell
is a missing value. Comma, semicolon or tab separated. Numbers ("3", "2.5") are compared as numbers.
  --measure   percent  percent agreement (pairs of coders that agree, per unit, averaged)
              cohen    Cohen's kappa (Cohen 1960), exactly two coder columns
              scott    Scott's pi (Scott 1955), exactly two coder columns
              fleiss   Fleiss' kappa (Fleiss 1971), units where every coder gave a value
              alpha    Krippendorff's alpha (2011), any number of coders, missing values (default)
  --level     alpha's metric: nominal (default), ordinal, interval or ratio
  --draws N   with alpha: a bootstrap 95 % interval from N draws (--seed S, default 1), resampling units
  --json      {"measure","level","value","reason","units","coders","pairable"} ("ci":{"low","high","draws","seed"}
              added with --draws). level is null for measures other than alpha.

Project form: a Kodebok project backup (File > Back up now). Each code is present (1) or absent (0)
in each unit for each chosen coder; a coder with no coding at all in a source is missing there.
  --coders    the coders to compare, by name, comma separated (two or more)
  --code      only this code and its sub-codes, by path ("Boundary work/Clear")
  --measure   as above (default alpha, nominal), or ualpha: Krippendorff's unitized alpha (1995/2004)
              on character ranges, per code
  --unit      turn (message or transcript turn; plain text falls back to paragraphs; default),
              paragraph (non-blank line), sentence, or char (every character)
  --json      {"coders","unit","measure","overall":{"value","reason","units","pairable"},
              "codes":[{"path","value","reason","units","pairable"}]}; overall stacks every code's
              units (for ualpha: 1 - sum of observed / sum of expected disagreement over codes)

value is null when the measure is undefined for the data (no variation, fewer than two pairable
values); reason is then a sentence saying why, and null otherwise. A value is never made 0 or 1.

Exit codes: 0 computed (also when undefined), 1 the file could not be used or the measure does not
fit it (one line on stderr), 2 wrong usage.
`;

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

function fixed(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(3);
}

function resultLine(label: string, r: AgreementResult): string {
  const why = r.reason ? `  ${reasonSentence(r.reason)}` : '';
  return `${label}: ${fixed(r.value)}  (units ${r.units}, coders ${r.coders}, pairable values ${r.pairable})${why}`;
}

async function agreeCsv(path: string, text: string, values: Options, io: CliIo): Promise<number> {
  const read = readAgreementCsv(text);
  if (!read.ok) {
    io.stderr(`${path}: ${read.reason}.\n`);
    return 1;
  }
  const measure = values.measure ?? 'alpha';
  if (measure === 'ualpha' || !isOneOf(agreementMeasures, measure)) {
    io.stderr(`agree: a CSV table takes --measure ${agreementMeasures.join('|')}; ualpha needs a project.\n`);
    return 2;
  }
  const coders = read.table.coders.length;
  if ((measure === 'cohen' || measure === 'scott') && coders !== 2) {
    io.stderr(
      `${path}: ${measure} compares exactly two coders, but the file has ${coders} coder column${coders === 1 ? '' : 's'}; use --measure fleiss or --measure alpha for ${coders === 1 ? 'more coders' : `${coders} coders`}.\n`,
    );
    return 1;
  }
  const level = measure === 'alpha' ? values.level : null;
  const result = measureAgreement(read.table, measure, values.level);
  const ci =
    measure === 'alpha' && values.draws !== undefined
      ? { ...alphaBootstrap(read.table, values.level, { draws: values.draws, seed: values.seed }), seed: values.seed }
      : null;
  if (values.json) {
    const out = {
      measure,
      level,
      value: result.value,
      reason: result.reason && reasonSentence(result.reason),
      units: result.units,
      coders: result.coders,
      pairable: result.pairable,
      ...(ci && { ci: { low: ci.low, high: ci.high, draws: ci.draws, seed: ci.seed } }),
    };
    io.stdout(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const label = measure === 'alpha' ? `alpha (${values.level})` : measure;
  io.stdout(`${resultLine(label, result)}\n`);
  if (ci) io.stdout(`95 % interval: ${fixed(ci.low)} to ${fixed(ci.high)} (${ci.defined} of ${ci.draws} draws, seed ${ci.seed})\n`);
  return 0;
}

/** The sources with their current text (the text codings point into) and turns. */
function agreementSources(backup: DecodedBackup): AgreementSource[] {
  const t = backup.tables;
  const texts = new Map((t.sourceTexts as unknown as SourceText[]).map((s) => [s.sourceId, s]));
  const edits = new Map<string, SourceEdit[]>();
  for (const e of t.sourceEdits as unknown as SourceEdit[]) edits.set(e.sourceId, [...(edits.get(e.sourceId) ?? []), e]);
  const turns = new Map<string, { start: number; end: number }[]>();
  for (const m of t.messages as unknown as Message[])
    turns.set(m.sourceId, [...(turns.get(m.sourceId) ?? []), { start: m.start, end: m.end }]);
  return [...(t.sources as unknown as Source[])]
    .sort((a, b) => a.order - b.order)
    .flatMap((s) => {
      const stored = texts.get(s.id);
      if (!stored) return [];
      return [{ id: s.id, text: currentText(stored, edits.get(s.id) ?? []), turns: turns.get(s.id) ?? [] }];
    });
}

async function agreeProject(path: string, text: string, values: Options, io: CliIo): Promise<number> {
  if (!values.coders) {
    io.stderr('agree: a project needs --coders A,B (the coders to compare). Run "agree --help" for usage.\n');
    return 2;
  }
  const measure = values.measure ?? 'alpha';
  if (!isOneOf(projectMeasures, measure)) {
    io.stderr(`agree: --measure is one of ${projectMeasures.join(', ')}, not "${measure}".\n`);
    return 2;
  }
  const decoded = await decodeBackup(text, nodeBackupEnvironment);
  if (!decoded.ok) {
    io.stderr(`${path}: ${backupProblemReason(decoded.problem)}\n`);
    return 1;
  }
  const backup = decoded.backup;
  const coders = backup.tables.coders as unknown as Coder[];
  const names = values.coders.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const coderIds: string[] = [];
  for (const name of names) {
    const found =
      coders.find((c) => c.name === name) ?? coders.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!found) {
      io.stderr(`${path}: no coder is called "${name}"; the project's coders are ${coders.map((c) => `"${c.name}"`).join(', ') || 'none'}.\n`);
      return 1;
    }
    coderIds.push(found.id);
  }
  if (new Set(coderIds).size < 2) {
    io.stderr('agree: --coders needs two or more different coders.\n');
    return 2;
  }
  if ((measure === 'cohen' || measure === 'scott') && coderIds.length !== 2) {
    io.stderr(`agree: ${measure} compares exactly two coders, not ${coderIds.length}; use --measure fleiss or --measure alpha.\n`);
    return 1;
  }
  const codes = backup.tables.codes as unknown as Code[];
  let codeId: string | undefined;
  if (values.code !== undefined) {
    const wanted = values.code.replace(/^\/+|\/+$/g, '');
    codeId = codes.find((c) => codePath(codes, c.id) === wanted)?.id;
    if (!codeId) {
      io.stderr(`${path}: no code has the path "${wanted}" (paths join names with "/", e.g. "${chosenCodes(codes)[0] ? codePath(codes, chosenCodes(codes)[0]!.id) : 'Code/Sub-code'}").\n`);
      return 1;
    }
  }
  const result = projectAgreement(
    { sources: agreementSources(backup), codes, codings: backup.tables.codings as unknown as Coding[] },
    { coderIds, codeId, measure, unit: values.unit, level: values.level },
  );
  io.stdout(values.json ? `${JSON.stringify(projectJson(result, names))}\n` : projectText(result, names, values.level));
  return 0;
}

/** The project `--json` shape, documented in `agree --help`. */
export function projectJson(result: ProjectAgreement, coderNames: string[]) {
  const part = (r: AgreementResult) => ({
    value: r.value,
    reason: r.reason && reasonSentence(r.reason),
    units: r.units,
    pairable: r.pairable,
  });
  return {
    coders: coderNames,
    unit: result.unit,
    measure: result.measure,
    overall: part(result.overall),
    codes: result.codes.map((c) => ({ path: c.path, ...part(c.result) })),
  };
}

function projectText(result: ProjectAgreement, coderNames: string[], level: AlphaLevel): string {
  const label = result.measure === 'alpha' ? `alpha (${level})` : result.measure;
  const width = Math.max(4, ...result.codes.map((c) => c.path.length));
  const lines = [
    `${label} between ${coderNames.join(', ')}, units: ${result.unit}`,
    resultLine('Overall', result.overall),
    '',
    `${'Code'.padEnd(width)}  Value      Units  Pairable`,
    ...result.codes.map(
      (c) =>
        `${c.path.padEnd(width)}  ${fixed(c.result.value).padEnd(9)}  ${String(c.result.units).padStart(5)}  ${String(c.result.pairable).padStart(8)}${c.result.reason ? `  ${reasonSentence(c.result.reason)}` : ''}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

interface Options {
  measure?: string;
  level: AlphaLevel;
  unit: AgreementUnitKind;
  coders?: string;
  code?: string;
  json: boolean;
  draws?: number;
  seed: number;
}

export const agreeCommand: Command = {
  name: 'agree',
  summary: "Inter-coder agreement (percent, Cohen's kappa, Scott's pi, Fleiss' kappa, Krippendorff's alpha, unitized alpha) from a CSV or a project",
  help,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          measure: { type: 'string' },
          level: { type: 'string', default: 'nominal' },
          unit: { type: 'string', default: 'turn' },
          coders: { type: 'string' },
          code: { type: 'string' },
          json: { type: 'boolean', default: false },
          draws: { type: 'string' },
          seed: { type: 'string', default: '1' },
        },
      });
    } catch (error) {
      io.stderr(`agree: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.stderr('agree: give one CSV file or project backup. Run "agree --help" for usage.\n');
      return 2;
    }
    if (!isOneOf(alphaLevels, values.level)) {
      io.stderr(`agree: --level is one of ${alphaLevels.join(', ')}, not "${values.level}".\n`);
      return 2;
    }
    if (!isOneOf(agreementUnitKinds, values.unit)) {
      io.stderr(`agree: --unit is one of ${agreementUnitKinds.join(', ')}, not "${values.unit}".\n`);
      return 2;
    }
    const draws = values.draws === undefined ? undefined : Number(values.draws);
    const seed = Number(values.seed);
    if ((draws !== undefined && !(Number.isInteger(draws) && draws >= 1 && draws <= 100000)) || !Number.isInteger(seed)) {
      io.stderr('agree: --draws takes a whole number from 1 to 100000, and --seed a whole number.\n');
      return 2;
    }
    const options: Options = { ...values, level: values.level, unit: values.unit, draws, seed };
    const path = positionals[0]!;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      io.stderr(`${path}: ${fileErrorReason(error)}\n`);
      return 1;
    }
    const looksLikeJson = text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
    return looksLikeJson || values.coders !== undefined
      ? agreeProject(path, text, options, io)
      : agreeCsv(path, text, options, io);
  },
};
