import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyChecksum } from '../../shared/backup/checksum';
import {
  readProjectBackup,
  type BackupContents,
  type BackupReadWarning,
} from '../../shared/exchange/project-backup';
import { codeCounts } from '../../shared/stats/code-counts';
import { loadDemoProject } from '../demo-project';
import type { CliIo } from '../io';
import { fileErrorReason } from '../file-error-reason';
import { nodeBackupEnvironment } from '../node-backup-environment';
import type { Command } from './command';

const help = `Usage: npm run cli -- stats [project-backup.json] [--json]

Counts how often each code is used: codings and sources per code, including its sub-codes
(a source counts once however many codings it has), in codebook order.

Without a file it counts the demo project built from sample-data/ (the boundary-work
codebook in English, coded from the answer key). With a file it reads a Kodebok project
backup (File > Back up now in the app; format "kodebok-project-backup").

Options:
  --json   Print one JSON object:
           {"sources":N,"codings":N,"codes":[{"path":"Boundary work/Clear","codings":N,"sources":N}, ...]}
           with every code in codebook order; path joins the names from the top level with "/".

Codings that point at a code or source missing from the backup are left out of the counts,
and each kind is reported on stderr as one line: <file>: warning: <count> codings ...

Exit codes: 0 counted, 1 the file could not be used (one line on stderr: <file>: <reason>;
also a backup from a newer Kodebok, or one whose checksum does not match), 2 wrong usage.
`;

/** One stderr line per kind of left-out coding, with the missing ids (the first few). */
export function warningLine(path: string, warning: BackupReadWarning): string {
  const what = warning.kind === 'coding-missing-code' ? 'a code' : 'a source';
  const shown = warning.missingIds.slice(0, 5).map((id) => JSON.stringify(id));
  const more = warning.missingIds.length > shown.length ? `, and ${warning.missingIds.length - shown.length} more` : '';
  const codings = warning.count === 1 ? '1 coding points' : `${warning.count} codings point`;
  return `${path}: warning: ${codings} at ${what} that is not in the backup (${shown.join(', ')}${more}); left out of the counts.\n`;
}

async function readBackup(path: string, io: CliIo): Promise<BackupContents | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.replace(/\s*\n\s*/g, ' ')})` : '';
    io.stderr(`${path}: not valid JSON${detail}. Give a project backup made with File > Back up now.\n`);
    return null;
  }
  const read = readProjectBackup(json);
  if (!read.ok) {
    io.stderr(`${path}: ${read.reason}.\n`);
    return null;
  }
  if ((await verifyChecksum(json as object, nodeBackupEnvironment)) === 'mismatch') {
    io.stderr(
      `${path}: the backup's checksum does not match its contents: the file was changed or damaged after it was made. Use another backup.\n`,
    );
    return null;
  }
  for (const warning of read.warnings) io.stderr(warningLine(path, warning));
  return read.backup;
}

/** The `stats --json` shape: stable, documented in `stats --help`. */
export function statsJson(project: BackupContents) {
  return {
    sources: project.sources.length,
    codings: project.codings.length,
    codes: codeCounts(project.codes, project.codings).map((c) => ({
      path: c.path,
      codings: c.codings,
      sources: c.sources,
    })),
  };
}

export function statsTable(title: string, project: BackupContents): string {
  const counts = codeCounts(project.codes, project.codings);
  const nameOf = new Map(project.codes.map((c) => [c.id, c.name]));
  const names = counts.map((c) => `${'  '.repeat(c.depth)}${nameOf.get(c.codeId)}`);
  const width = Math.max('Code'.length, ...names.map((n) => n.length));
  const out = [
    title,
    `Sources: ${project.sources.length}, codings: ${project.codings.length}, codes: ${counts.length}`,
    '',
    `${'Code'.padEnd(width)}  Codings  Sources`,
    ...counts.map(
      (c, i) => `${names[i]!.padEnd(width)}  ${String(c.codings).padStart(7)}  ${String(c.sources).padStart(7)}`,
    ),
  ];
  return `${out.join('\n')}\n`;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count codings and sources per code (the demo project or a project backup)',
  help,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    } catch (error) {
      io.stderr(`stats: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1) {
      io.stderr('stats: give at most one project backup. Run "stats --help" for usage.\n');
      return 2;
    }
    const path = positionals[0];
    let project: BackupContents | null;
    if (path === undefined) {
      try {
        project = await loadDemoProject('en');
      } catch (error) {
        io.stderr(
          `sample-data: cannot build the demo project (${error instanceof Error ? error.message : String(error)}).\n`,
        );
        return 1;
      }
    } else {
      project = await readBackup(path, io);
      if (!project) return 1;
    }
    io.stdout(
      values.json
        ? `${JSON.stringify(statsJson(project))}\n`
        : statsTable(path ?? 'Demo project (sample-data/)', project),
    );
    return 0;
  },
};
