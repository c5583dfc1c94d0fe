import { codebookFromCodes, type CodebookDocument, type CodebookLanguage } from '../../../shared/codebook/document';
import { readRefi, type RefiError } from '../../../shared/exchange/refi/read';
import type { Code } from '../../../shared/model';
import { refiReadEnvironment } from './import-refi-environment';

/** Whether the codebook screen should read a picked file as a REFI-QDA codebook. */
export function isQdcFile(name: string): boolean {
  return /\.qdc$/i.test(name);
}

/**
 * A REFI-QDA codebook (.qdc) as a codebook document, so the Codebook screen adds it to the open
 * project's codebook the way it adds a JSON or Markdown codebook: one undoable step, codes whose
 * names are already there matched rather than doubled. That is what a researcher who picks a
 * codebook file in an open project expects; a whole project (.qdpx) becomes a new project instead.
 */
export async function readQdcCodebook(
  fileName: string,
  bytes: Uint8Array,
  language: CodebookLanguage,
): Promise<{ ok: true; document: CodebookDocument } | { ok: false; error: RefiError }> {
  const result = await readRefi({ fileName, bytes }, refiReadEnvironment());
  if (!result.ok) return result;
  if (result.report.format !== 'qdc') return { ok: false, error: { code: 'refi-not-refi', params: { file: fileName, element: 'Project' } } };
  const codes = result.project.tables.codes as unknown as Code[];
  return { ok: true, document: codebookFromCodes(fileName.replace(/\.qdc$/i, ''), language, codes) };
}
