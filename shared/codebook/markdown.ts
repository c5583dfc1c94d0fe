import {
  codebookLanguages,
  criteriaFields,
  parseCodebookJson,
  type CodebookDocument,
  type CodebookEntry,
  type CodebookLanguage,
} from './document';
import { fieldForLabel, markdownLabels } from './markdown-labels';
import { problem, type CodebookProblem } from './problems';

/*
 * A codebook as Markdown, for reading, printing and editing in any text editor:
 *
 *   # <codebook name>
 *
 *   - **Language:** en
 *
 *   ## <top-level code>
 *
 *   - **Key:** response
 *   - **Short name:** Resp
 *   - **Colour:** #3871e9
 *   - **Definition:** first line
 *     further lines of the same value, indented two spaces
 *   …
 *
 *   ### <sub-code>
 *
 * One more # per level. Labels are in the codebook's language; any of nb, nn and en is read.
 */

const fieldOrder = ['key', 'shortName', 'color', ...criteriaFields] as const;

function labelled(label: string, value: string): string[] {
  const [first, ...rest] = value.split('\n');
  return [`- **${label}:**${first === '' ? '' : ` ${first}`}`, ...rest.map((line) => `  ${line}`)];
}

export function codebookToMarkdown(doc: CodebookDocument): string {
  const labels = markdownLabels[doc.language];
  const out: string[] = [`# ${doc.name}`, '', ...labelled(labels.language, doc.language)];
  const write = (entries: CodebookEntry[], depth: number) => {
    for (const entry of entries) {
      out.push('', `${'#'.repeat(depth + 2)} ${entry.name}`, '');
      for (const field of fieldOrder) {
        const value = entry[field];
        if (value === undefined) continue;
        out.push(...labelled(labels[field], value));
      }
      write(entry.children, depth + 1);
    }
  };
  write(doc.codes, 0);
  return `${out.join('\n')}\n`;
}

type RawEntry = Record<string, unknown> & { children: RawEntry[] };

/** Where an entry and each of its fields were written, so a problem found later names the line. */
interface EntryLines {
  heading: number;
  fields: Record<string, number>;
}

/** The line of the entry or field a document path ("codes[1].children[0].color") points to. */
function lineOfPath(path: string, roots: RawEntry[], lines: Map<RawEntry, EntryLines>): number | null {
  if (!path.startsWith('codes[')) return null;
  let entries = roots;
  let entry: RawEntry | undefined;
  for (const [, index] of path.matchAll(/\[(\d+)\]/g)) {
    entry = entries[Number(index)];
    if (!entry) return null;
    entries = entry.children;
  }
  if (!entry) return null;
  const field = /\.(\w+)$/.exec(path)?.[1];
  const at = lines.get(entry);
  return (field === undefined ? undefined : at?.fields[field]) ?? at?.heading ?? null;
}

const headingLine = /^(#+) (.*)$/;
const labelLine = /^- \*\*(.+?):\*\*(?: (.*))?$/;

/** Reads Markdown written by codebookToMarkdown (or by hand in the same shape). */
export function parseCodebookMarkdown(
  md: string,
): { ok: true; document: CodebookDocument } | { ok: false; errors: CodebookProblem[] } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const errors: CodebookProblem[] = [];
  const entryLines = new Map<RawEntry, EntryLines>();
  let languageLine: number | null = null;
  let name: string | undefined;
  let language: string | undefined;
  const roots: RawEntry[] = [];
  const stack: RawEntry[] = []; // the open entry at each depth
  let current: { target: Record<string, unknown>; field: string } | null = null;
  let sawEnglishLabel = false;
  let sawNynorskLabel = false;

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const at = `line ${lineNo}`;
    if (line.startsWith('  ') && current) {
      current.target[current.field] += `\n${line.slice(2)}`;
      return;
    }
    if (line.trim() === '') return;
    current = null;
    const heading = headingLine.exec(line) ?? (/^#+$/.test(line) ? [line, line, ''] : null);
    if (heading) {
      const level = heading[1]!.length;
      const title = heading[2]!;
      if (level === 1) {
        if (name !== undefined || roots.length > 0)
          errors.push(problem('title-twice', `${at}: only one "# " title is allowed, at the top`, { line: lineNo }));
        else name = title;
        return;
      }
      const depth = level - 2;
      if (depth > stack.length) {
        const found = '#'.repeat(level);
        const allowed = '#'.repeat(stack.length + 2);
        errors.push(
          problem('level-skipped', `${at}: ${found} skips a level; at most ${allowed} can come here`, {
            line: lineNo,
            params: { found, allowed },
          }),
        );
        return;
      }
      const entry: RawEntry = { name: title, children: [] };
      entryLines.set(entry, { heading: lineNo, fields: {} });
      stack.length = depth;
      if (depth === 0) roots.push(entry);
      else stack[depth - 1]!.children.push(entry);
      stack.push(entry);
      return;
    }
    const labelMatch = labelLine.exec(line);
    if (!labelMatch) {
      errors.push(
        problem('line-unreadable', `${at}: expected a heading or a labelled line such as "- **Definition:** …"`, { line: lineNo }),
      );
      return;
    }
    const label = labelMatch[1]!;
    const field = fieldForLabel(label);
    if (!field) {
      errors.push(problem('label-unknown', `${at}: unknown label "${label}"`, { line: lineNo, params: { label } }));
      return;
    }
    if (Object.values(markdownLabels.en).includes(label) && label !== markdownLabels.nb[field]) sawEnglishLabel = true;
    if (label === markdownLabels.nn[field] && label !== markdownLabels.nb[field]) sawNynorskLabel = true;
    const value = labelMatch[2] ?? '';
    if (field === 'language') {
      if (stack.length > 0)
        errors.push(
          problem('language-misplaced', `${at}: the language belongs under the title, before the first code`, { line: lineNo }),
        );
      else {
        language = value.trim();
        languageLine = lineNo;
      }
      return;
    }
    const entry = stack[stack.length - 1];
    if (!entry) {
      errors.push(problem('label-before-code', `${at}: "${label}" comes before the first code heading`, { line: lineNo, params: { label } }));
      return;
    }
    entry[field] = value;
    entryLines.get(entry)!.fields[field] = lineNo;
    current = { target: entry, field };
  });
  if (errors.length > 0) return { ok: false, errors };

  // Without a language line, the labels tell.
  const guessed: CodebookLanguage = sawEnglishLabel ? 'en' : sawNynorskLabel ? 'nn' : 'nb';
  const resolvedLanguage = language ?? guessed;
  if (!(codebookLanguages as readonly string[]).includes(resolvedLanguage))
    return {
      ok: false,
      errors: [
        problem('language-unknown', `language: must be one of ${codebookLanguages.join(', ')} (got "${resolvedLanguage}")`, {
          line: languageLine,
          path: 'language',
          params: { languages: codebookLanguages.join(', '), value: resolvedLanguage },
        }),
      ],
    };
  const parsed = parseCodebookJson({ format: 'kodebok-codebook', version: 1, name, language: resolvedLanguage, codes: roots });
  if (parsed.ok) return parsed;
  // The document's checks name a place in the document; in a Markdown file, the line is the place.
  return {
    ok: false,
    errors: parsed.errors.map((p) => ({ ...p, line: p.path === null ? null : lineOfPath(p.path, roots, entryLines) })),
  };
}
