import { readRefi, refiErrorMessage, refiWarningMessage, unplacedReasonText, type RefiReport } from '../shared/exchange/refi/read';
import { decodeLikeBrowsers } from './node-environment';
import { createHash } from 'node:crypto';
import type { CliIo } from './io';

/** Files `inspect` reads as REFI-QDA: a project (.qdpx, or its bare .qde) or a codebook (.qdc). */
export function isRefiFile(path: string): boolean {
  return /\.(qdpx|qdc|qde)$/i.test(path);
}

/** The `inspect --json` shape for .qdpx/.qdc, documented in `inspect --help`. Counts are as in the file. */
export function refiInspectJson(file: string, report: RefiReport) {
  return {
    file,
    format: report.format,
    users: report.counts.users,
    codes: report.counts.codes,
    sources: report.sources.map((s) => ({ title: s.title, kind: s.kind, characters: s.characters })),
    selections: report.counts.selections,
    codings: report.counts.codings,
    notes: report.counts.notes,
    unplaced: report.unplaced.length,
    warnings: report.warnings.map((w) => ({ message: refiWarningMessage(w), code: w.code, params: w.params })),
  };
}

function refiSummary(file: string, report: RefiReport): string {
  const c = report.counts;
  const out = [
    `File:       ${file}`,
    `Format:     REFI-QDA ${report.format === 'qdc' ? 'codebook (.qdc)' : 'project (.qdpx)'}${report.origin ? `, from ${report.origin}` : ''}`,
    `Users: ${c.users}, codes: ${c.codes}, selections: ${c.selections}, codings: ${c.codings} (${c.placedCodings} placed), notes: ${c.notes}`,
  ];
  if (report.sources.length > 0) out.push('', `Sources: ${report.sources.length}`);
  report.sources.forEach((s, i) =>
    out.push(`  ${i + 1}. ${s.title} (${s.kind})${s.characters === null ? '' : `: ${s.characters} characters`}${s.reading ? `, positions read as ${s.reading}` : ''}`),
  );
  if (report.unplaced.length > 0) {
    out.push('', `Unplaced selections: ${report.unplaced.length}`);
    for (const u of report.unplaced)
      out.push(`  ${u.source} ${u.start}–${u.end} [${u.codes.join(', ')}]: ${unplacedReasonText(u.reason)}${u.text ? ` ("${u.text.slice(0, 60)}")` : ''}`);
  }
  out.push('', report.warnings.length === 0 ? 'Warnings: none' : `Warnings: ${report.warnings.length}`);
  for (const w of report.warnings) out.push(`  ${refiWarningMessage(w)}`);
  return `${out.join('\n')}\n`;
}

export async function inspectRefi(path: string, fileName: string, bytes: Uint8Array, json: boolean, io: CliIo): Promise<number> {
  let n = 0;
  const result = await readRefi(
    { fileName, bytes },
    {
      decode: decodeLikeBrowsers,
      sha256: async (b) => createHash('sha256').update(b).digest('hex'),
      newId: () => String(++n),
      now: new Date().toISOString(),
    },
  );
  if (!result.ok) {
    io.stderr(`${path}: ${refiErrorMessage(result.error)}\n`);
    return 1;
  }
  io.stdout(json ? `${JSON.stringify(refiInspectJson(path, result.report))}\n` : refiSummary(path, result.report));
  return 0;
}
