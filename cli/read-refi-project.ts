import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { ExchangeProject } from '../shared/exchange/exchange-project';
import { readRefi, refiErrorMessage, refiWarningMessage } from '../shared/exchange/refi/read';
import { fileErrorReason } from './file-error-reason';
import type { CliIo } from './io';
import { decodeLikeBrowsers } from './node-environment';

/**
 * A REFI-QDA project (.qdpx, bare .qde) or codebook (.qdc) read as the app's import reads it, with
 * fresh ULIDs, PDFs and recordings kept as attachments. Each warning goes to stderr on its own line
 * (the conversion goes on); a refused file is one line and null.
 */
export async function readRefiProject(path: string, io: CliIo): Promise<ExchangeProject | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  const newId = monotonicFactory();
  const result = await readRefi(
    { fileName: basename(path), bytes },
    {
      decode: decodeLikeBrowsers,
      sha256: async (b) => createHash('sha256').update(b).digest('hex'),
      newId: () => newId(),
      now: new Date().toISOString(),
    },
    { keepAttachments: true },
  );
  if (!result.ok) {
    io.stderr(`${path}: ${refiErrorMessage(result.error)}\n`);
    return null;
  }
  for (const warning of result.report.warnings) io.stderr(`${path}: warning: ${refiWarningMessage(warning)}\n`);
  return result.project;
}
