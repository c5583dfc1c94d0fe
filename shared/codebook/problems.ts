/**
 * What is wrong with a codebook file, as codes the UI translates: where (a line of the file, or
 * the place in the JSON document) and what, with the values the message needs. `message` is the
 * English wording, for logs and tests; the UI never shows it.
 */
export type CodebookProblemCode =
  // Markdown
  | 'title-twice'
  | 'level-skipped'
  | 'line-unreadable'
  | 'label-unknown'
  | 'language-misplaced'
  | 'label-before-code'
  // JSON text
  | 'json-syntax'
  | 'json-incomplete'
  // The document's values (JSON, or Markdown after reading)
  | 'required'
  | 'not-an-object'
  | 'not-a-list'
  | 'not-text'
  | 'wrong-type'
  | 'format'
  | 'version'
  | 'language-unknown'
  | 'colour'
  | 'key-empty'
  | 'key-duplicate'
  | 'invalid';

/** Every code, for the test that checks each has a translation. */
export const codebookProblemCodes: readonly CodebookProblemCode[] = [
  'title-twice',
  'level-skipped',
  'line-unreadable',
  'label-unknown',
  'language-misplaced',
  'label-before-code',
  'json-syntax',
  'json-incomplete',
  'required',
  'not-an-object',
  'not-a-list',
  'not-text',
  'wrong-type',
  'format',
  'version',
  'language-unknown',
  'colour',
  'key-empty',
  'key-duplicate',
  'invalid',
];

export interface CodebookProblem {
  code: CodebookProblemCode;
  /** 1-based line in the file, when known. */
  line: number | null;
  /** 1-based column on that line, when known (JSON syntax errors). */
  column: number | null;
  /** Where in the document, e.g. "codes[2].children[0].name", when known. */
  path: string | null;
  params: Record<string, string | number>;
  message: string;
}

export function problem(
  code: CodebookProblemCode,
  message: string,
  where: {
    line?: number | null;
    column?: number | null;
    path?: string | null;
    params?: Record<string, string | number>;
  } = {},
): CodebookProblem {
  return {
    code,
    line: where.line ?? null,
    column: where.column ?? null,
    path: where.path ?? null,
    params: where.params ?? {},
    message,
  };
}

/** Line and column (1-based) of a UTF-16 offset in `text`. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * A JSON.parse failure as a problem with its place. Engines word the message differently, but V8
 * and SpiderMonkey name the character position or the line and column; the end of input has none,
 * so it is placed at the last line.
 */
export function jsonSyntaxProblem(text: string, error: unknown): CodebookProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const at = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : position
      ? place(text, Number(position[1]))
      : null;
  if (at) return problem('json-syntax', message, at);
  if (/end of (JSON )?(input|data)/i.test(message)) {
    return problem('json-incomplete', message, { line: text.trimEnd().split('\n').length });
  }
  return problem('json-syntax', message);
}
