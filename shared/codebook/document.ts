import { z } from 'zod';
import type { Code } from '../model';
import { problem, type CodebookProblem, type CodebookProblemCode } from './problems';
import { buildCodeTree, type CodeNode } from './tree';

/**
 * The codebook exchange document: a codebook as JSON (or Markdown, see markdown.ts) that can be
 * shared between projects and people. `key` is a stable handle for codes that other data refer to
 * (the template's codes are referred to by the demo coding key).
 */
export interface CodebookEntry {
  key?: string;
  name: string;
  shortName: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  typicalExample: string;
  atypicalExample: string;
  children: CodebookEntry[];
}

export const codebookLanguages = ['nb', 'nn', 'en'] as const;
export type CodebookLanguage = (typeof codebookLanguages)[number];

export interface CodebookDocument {
  format: 'kodebok-codebook';
  version: 1;
  name: string;
  language: CodebookLanguage;
  codes: CodebookEntry[];
}

/** The criteria fields, in the order people read them. */
export const criteriaFields = ['definition', 'inclusion', 'exclusion', 'typicalExample', 'atypicalExample'] as const;

const text = z.string().default('');
const requiredName = z.string().refine((s) => s.trim() !== '', 'required');
const colour = z
  .string()
  .regex(/^(#[0-9a-fA-F]{6})?$/, 'must be a colour like #1f6fb2')
  .default('');

const entrySchema: z.ZodType<CodebookEntry, unknown> = z.lazy(() =>
  z.object({
    key: z.string().min(1, 'must not be empty').optional(),
    name: requiredName,
    shortName: text,
    color: colour,
    definition: text,
    inclusion: text,
    exclusion: text,
    typicalExample: text,
    atypicalExample: text,
    children: z.array(entrySchema).default([]),
  }),
);

export const codebookDocumentSchema = z
  .object({
    format: z.literal('kodebok-codebook', 'must be "kodebok-codebook"'),
    version: z.literal(1, 'must be 1 (the only version so far)'),
    name: requiredName,
    language: z.enum(codebookLanguages, `must be one of ${codebookLanguages.join(', ')}`),
    codes: z.array(entrySchema),
  })
  .superRefine((doc, ctx) => {
    const seen = new Map<string, string>();
    const walk = (entries: CodebookEntry[], path: (string | number)[]) =>
      entries.forEach((entry, i) => {
        const at = [...path, i];
        if (entry.key !== undefined) {
          const first = seen.get(entry.key);
          if (first)
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'key'],
              message: `"${entry.key}" is also used at ${first}`,
              params: { problem: 'key-duplicate', key: entry.key, first },
            });
          else seen.set(entry.key, formatPath([...at, 'key']));
        }
        walk(entry.children, [...at, 'children']);
      });
    walk(doc.codes, ['codes']);
  });

/** "codes[2].children[0].name" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function parseCodebookJson(
  json: unknown,
): { ok: true; document: CodebookDocument } | { ok: false; errors: CodebookProblem[] } {
  const result = codebookDocumentSchema.safeParse(json, {
    error: (issue) => {
      if (issue.input === undefined) return 'required';
      if (issue.code === 'invalid_type')
        return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
      return undefined;
    },
  });
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, errors: result.error.issues.map(problemOf) };
}

/** A schema issue as a problem code; the English message stays as the schema words it. */
function problemOf(issue: z.core.$ZodIssue): CodebookProblem {
  const path = issue.path.length === 0 ? null : formatPath(issue.path);
  const message = path === null ? issue.message : `${path}: ${issue.message}`;
  const field = issue.path.at(-1);
  const custom = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const code = ((): CodebookProblemCode => {
    if (issue.message === 'required') return 'required';
    if (issue.code === 'invalid_type') {
      const types: Record<string, CodebookProblemCode> = { object: 'not-an-object', array: 'not-a-list', string: 'not-text' };
      return types[issue.expected] ?? 'wrong-type';
    }
    if (custom.problem === 'key-duplicate') return 'key-duplicate';
    if (field === 'format') return 'format';
    if (field === 'version') return 'version';
    if (field === 'language') return 'language-unknown';
    if (field === 'color') return 'colour';
    if (field === 'key' && issue.code === 'too_small') return 'key-empty';
    return 'invalid';
  })();
  const params: Record<string, string> =
    code === 'key-duplicate'
      ? { key: String(custom.key), first: String(custom.first) }
      : code === 'language-unknown'
        ? { languages: codebookLanguages.join(', ') }
        : {};
  return problem(code, message, { path, params });
}

function entryFromNode(node: CodeNode): CodebookEntry {
  const { code } = node;
  return {
    name: code.name,
    shortName: code.shortName,
    color: code.color,
    definition: code.definition,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    typicalExample: code.typicalExample,
    atypicalExample: code.atypicalExample,
    children: node.children.map(entryFromNode),
  };
}

/** A project's codes as an exchange document, in codebook order. */
export function codebookFromCodes(name: string, language: CodebookLanguage, codes: Code[]): CodebookDocument {
  return { format: 'kodebok-codebook', version: 1, name, language, codes: buildCodeTree(codes).map(entryFromNode) };
}
