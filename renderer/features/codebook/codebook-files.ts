import type { Code } from '../../../shared/model';
import {
  codebookFromCodes,
  parseCodebookJson,
  type CodebookDocument,
  type CodebookLanguage,
} from '../../../shared/codebook/document';
import { codebookToMarkdown, parseCodebookMarkdown } from '../../../shared/codebook/markdown';
import { jsonSyntaxProblem, type CodebookProblem } from '../../../shared/codebook/problems';

export const codebookFileFilters = [
  // .qdc (REFI-QDA codebook) is read by renderer/features/exchange/import-qdc.ts.
  { name: 'Kodebok (JSON, Markdown, REFI-QDA .qdc)', extensions: ['json', 'md', 'markdown', 'txt', 'qdc'] },
];

export type CodebookFileResult =
  | { ok: true; document: CodebookDocument }
  | { ok: false; reason: 'not-text' | 'not-json' | 'invalid'; errors: CodebookProblem[] };

/**
 * A codebook file picked by the user: JSON (kodebok-codebook) or Markdown as written by the
 * export. Decoded as UTF-8 (a BOM is dropped); each problem says where it is (line, or place in
 * the document) and has a code the screen translates.
 */
export function readCodebookFile(name: string, bytes: Uint8Array): CodebookFileResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-text', errors: [] };
  }
  const looksJson = /\.json$/i.test(name) || /^\s*[{[]/.test(text);
  if (looksJson) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: 'not-json', errors: [jsonSyntaxProblem(text, error)] };
    }
    const parsed = parseCodebookJson(json);
    return parsed.ok ? parsed : { ok: false, reason: 'invalid', errors: parsed.errors };
  }
  const parsed = parseCodebookMarkdown(text);
  return parsed.ok ? parsed : { ok: false, reason: 'invalid', errors: parsed.errors };
}

export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'kodebok';
}

/** The project's codebook as a file to save: JSON for exchange, Markdown for reading and printing. */
export function codebookFile(
  format: 'json' | 'markdown',
  projectName: string,
  language: CodebookLanguage,
  codes: Code[],
): { suggestedName: string; data: string; filters: { name: string; extensions: string[] }[] } {
  const doc = codebookFromCodes(projectName, language, codes);
  const base = `${safeFileName(projectName)}-kodebok`;
  return format === 'json'
    ? { suggestedName: `${base}.json`, data: `${JSON.stringify(doc, null, 2)}\n`, filters: [{ name: 'JSON', extensions: ['json'] }] }
    : { suggestedName: `${base}.md`, data: codebookToMarkdown(doc), filters: [{ name: 'Markdown', extensions: ['md'] }] };
}
