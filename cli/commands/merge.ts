import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { monotonicFactory } from 'ulid';
import { decodeBackup, encodeBackup, type DecodedBackup } from '../../shared/backup';
import { latestSchemaVersion } from '../../shared/migrations';
import type { Attribute, Code, Coder, Coding, Memo, PlanContext, Source, SourceEdit, SourceText } from '../../shared/model';
import { applyWritesToTables, exchangeFromBackup, planMerge, type ConflictAction, type MergeSummary, type OurRows } from '../../shared/exchange/merge';
import { planCurrentCoder } from '../../shared/projects/plan-coder';
import { appVersion } from '../../shared/version';
import { fileErrorReason } from '../file-error-reason';
import type { CliIo } from '../io';
import { nodeBackupEnvironment } from '../node-backup-environment';
import { backupProblemReason } from '../report-backup';
import { decodeLikeBrowsers } from '../node-environment';
import { readRefi, refiErrorMessage, refiWarningMessage } from '../../shared/exchange/refi/read';
import type { ExchangeProject } from '../../shared/exchange/exchange-project';
import type { Command } from './command';

const help = `Usage: npm run cli -- merge <project-backup.json> <other.qdpx|other-backup.json> --out <merged.json> [--json] [--resolve <id>=<action> ...]

Merges another coder's project into a project, as File > Merge another coder's project… does in
the app, and writes the result as a new project backup (the two input files are not changed).
The other project is a Kodebok project backup or a REFI-QDA project (.qdpx, read as the app's
REFI import reads it; its warnings go to stderr as "<file>: warning: ...").

Codes are matched by REFI-QDA GUID, then by path ("Boundary work/Clear"), then by name when only
one code has it; sources by their text. The other coder's coders are kept as coders (matched by
name), with their codings (the same code, range and coder is one coding) and memos (added where
the project has none, appended under the coder's name where it has one). Nothing is overwritten.

Every disagreement is a conflict, decided by default as the app's preview shows it:
  definition       same code, another definition: theirs is added as "Name (Coder)" (add-theirs),
                   or keep-ours; where ours is empty, use-theirs (the default) takes theirs in
  moved            matched, but under another parent: ours stays where it is (keep-ours)
  missing          our code with codings is not in their project: kept (keep-ours)
  source-added     a source only they have: add (default) or skip
  source-differs   same title, another text: add theirs as "Title (Coder)" (add) or skip
  coder-same-name  their coder has our coder's name: same-coder (default) or separate

Options:
  --out <file>        Where to write the merged project backup (required; never one of the inputs).
  --json              Print the summary as one JSON object: {"theirProjectName","coders":[{"coderId",
                      "name","isNew","codingsAdded","codingsAlreadyThere","memosAdded"}],"codes":{...},
                      "sources":{...},"codings":{"added","alreadyThere"},"memos":{...},
                      "conflicts":[{"id","kind","action","actions",...}],"leftOut":[{"reason","count"}],
                      "nothingNew"}.
  --resolve id=action Decide a conflict by the id the summary lists (may be repeated).

Exit codes: 0 merged, 1 a file could not be used (one line on stderr: <file>: <reason>), 2 wrong usage.
`;

async function readBackup(path: string, io: CliIo): Promise<DecodedBackup | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  const decoded = await decodeBackup(text, nodeBackupEnvironment);
  if (!decoded.ok) {
    io.stderr(`${path}: ${backupProblemReason(decoded.problem)}\n`);
    return null;
  }
  return decoded.backup;
}

/** The other project: a .qdpx through the REFI reader, else a backup; null after one line on stderr. */
async function readOther(path: string, at: PlanContext, io: CliIo): Promise<ExchangeProject | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip && !/\.(qdpx|qde)$/i.test(path)) {
    const backup = await readBackup(path, io);
    return backup && exchangeFromBackup(backup, at).exchange;
  }
  const read = await readRefi(
    { fileName: basename(path), bytes },
    { decode: decodeLikeBrowsers, sha256: async (b) => createHash('sha256').update(b).digest('hex'), newId: at.newId, now: at.now },
  );
  if (!read.ok) {
    io.stderr(`${path}: ${refiErrorMessage(read.error)}\n`);
    return null;
  }
  if (read.report.format !== 'qdpx') {
    io.stderr(`${path}: a REFI-QDA codebook has no codings to merge; give a project (.qdpx).\n`);
    return null;
  }
  for (const w of read.report.warnings) io.stderr(`${path}: warning: ${refiWarningMessage(w)}\n`);
  return read.project;
}

/** The summary as a few lines for people. */
export function mergeSummaryText(summary: MergeSummary, out: string): string {
  const lines = [`Merged "${summary.theirProjectName}" into ${out}`];
  for (const c of summary.coders)
    lines.push(`  ${c.name}${c.isNew ? ' (new coder)' : ''}: ${c.codingsAdded} codings added, ${c.codingsAlreadyThere} already there, ${c.memosAdded} memos`);
  lines.push(`  Codes: ${summary.codes.added} added, ${summary.codes.matched} matched, ${summary.codes.updated} definitions taken in`);
  lines.push(`  Sources: ${summary.sources.added} added, ${summary.sources.matched} matched, ${summary.sources.skipped} skipped`);
  if (summary.conflicts.length > 0) lines.push(`Conflicts (${summary.conflicts.length}):`);
  for (const c of summary.conflicts) lines.push(`  ${c.id}: ${c.kind} "${'name' in c ? c.name : c.title}" -> ${c.action}`);
  for (const l of summary.leftOut) lines.push(`  Left out: ${l.count} (${l.reason})`);
  if (summary.nothingNew) lines.push('  Nothing new: everything in the other file is already in the project.');
  return `${lines.join('\n')}\n`;
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: "Merge another coder's project backup into a project backup (writes a new backup)",
  help,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string' }, json: { type: 'boolean', default: false }, resolve: { type: 'string', multiple: true } },
      });
    } catch (error) {
      io.stderr(`merge: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 2 || !values.out) {
      io.stderr('merge: give the project backup, the other backup and --out <file>. Run "merge --help" for usage.\n');
      return 2;
    }
    const [oursPath, theirsPath] = positionals as [string, string];
    if (values.out === oursPath || values.out === theirsPath) {
      io.stderr('merge: --out must be a new file, not one of the inputs.\n');
      return 2;
    }
    const resolutions: Record<string, ConflictAction> = {};
    for (const r of values.resolve ?? []) {
      const at = r.indexOf('=');
      if (at < 1) {
        io.stderr(`merge: --resolve takes <conflict id>=<action>, not "${r}".\n`);
        return 2;
      }
      resolutions[r.slice(0, at)] = r.slice(at + 1) as ConflictAction;
    }

    const ours = await readBackup(oursPath, io);
    if (!ours) return 1;
    const now = new Date().toISOString();
    const at: PlanContext = { now, newId: monotonicFactory() };
    const theirs = await readOther(theirsPath, at, io);
    if (!theirs) return 1;
    // Ours as the store would hold it: upgraded and repaired, ids kept, and a coder of its own.
    const mine = exchangeFromBackup(ours, at).exchange;
    const projectId = String(mine.project.id);
    const t = mine.tables;
    const coder = planCurrentCoder(t.coders as unknown as Coder[], projectId, at);
    const tables = applyWritesToTables(t, coder.writes);
    const rows: OurRows = {
      projectId,
      sources: tables.sources as unknown as Source[],
      sourceTexts: tables.sourceTexts as unknown as SourceText[],
      sourceEdits: tables.sourceEdits as unknown as SourceEdit[],
      codes: tables.codes as unknown as Code[],
      codings: tables.codings as unknown as Coding[],
      coders: tables.coders as unknown as Coder[],
      memos: tables.memos as unknown as Memo[],
      attributes: tables.attributes as unknown as Attribute[],
    };
    const planned = planMerge(rows, theirs, at, { resolutions, memoHeading: (name) => `Memo by ${name}` });
    for (const [id, action] of Object.entries(resolutions)) {
      const conflict = planned.value.conflicts.find((c) => c.id === id);
      if (!conflict || !(conflict.actions as string[]).includes(action)) {
        io.stderr(
          conflict
            ? `merge: ${id} can be decided as ${conflict.actions.join(' or ')}, not "${action}".\n`
            : `merge: there is no conflict ${id}. Run with --json to see the conflicts and their ids.\n`,
        );
        return 2;
      }
    }
    const merged = applyWritesToTables(tables, planned.writes);
    const { pieces } = await encodeBackup(
      { schemaVersion: latestSchemaVersion, appVersion, exportedAt: now, project: { ...mine.project, updatedAt: now }, tables: merged },
      nodeBackupEnvironment,
    );
    try {
      await writeFile(values.out, pieces);
    } catch (error) {
      io.stderr(`${values.out}: ${fileErrorReason(error)}\n`);
      return 1;
    }
    io.stdout(values.json ? `${JSON.stringify(planned.value)}\n` : mergeSummaryText(planned.value, values.out));
    return 0;
  },
};
