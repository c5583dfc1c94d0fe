import {
  codebookLanguages,
  criteriaFields,
  parseCodebookJson,
  type CodebookDocument,
  type CodebookEntry,
  type CodebookLanguage,
} from './document';
import { fieldForLabel, markdownLabels } from './markdown-labels';

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

const headingLine = /^(#+) (.*)$/;
const labelLine = /^- \*\*(.+?):\*\*(?: (.*))?$/;

/** Reads Markdown written by codebookToMarkdown (or by hand in the same shape). */
export function parseCodebookMarkdown(
  md: string,
): { ok: true; document: CodebookDocument } | { ok: false; errors: string[] } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const errors: string[] = [];
  let name: string | undefined;
  let language: string | undefined;
  const roots: RawEntry[] = [];
  const stack: RawEntry[] = []; // the open entry at each depth
  let current: { target: Record<string, unknown>; field: string } | null = null;
  let sawEnglishLabel = false;
  let sawNynorskLabel = false;

  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
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
        if (name !== undefined || roots.length > 0) errors.push(`${at}: only one "# " title is allowed, at the top`);
        else name = title;
        return;
      }
      const depth = level - 2;
      if (depth > stack.length) {
        errors.push(`${at}: ${'#'.repeat(level)} skips a level; at most ${'#'.repeat(stack.length + 2)} can come here`);
        return;
      }
      const entry: RawEntry = { name: title, children: [] };
      stack.length = depth;
      if (depth === 0) roots.push(entry);
      else stack[depth - 1]!.children.push(entry);
      stack.push(entry);
      return;
    }
    const labelMatch = labelLine.exec(line);
    if (!labelMatch) {
      errors.push(`${at}: expected a heading or a labelled line such as "- **Definition:** …"`);
      return;
    }
    const label = labelMatch[1]!;
    const field = fieldForLabel(label);
    if (!field) {
      errors.push(`${at}: unknown label "${label}"`);
      return;
    }
    if (Object.values(markdownLabels.en).includes(label) && label !== markdownLabels.nb[field]) sawEnglishLabel = true;
    if (label === markdownLabels.nn[field] && label !== markdownLabels.nb[field]) sawNynorskLabel = true;
    const value = labelMatch[2] ?? '';
    if (field === 'language') {
      if (stack.length > 0) errors.push(`${at}: the language belongs under the title, before the first code`);
      else language = value.trim();
      return;
    }
    const entry = stack[stack.length - 1];
    if (!entry) {
      errors.push(`${at}: "${label}" comes before the first code heading`);
      return;
    }
    entry[field] = value;
    current = { target: entry, field };
  });
  if (errors.length > 0) return { ok: false, errors };

  // Without a language line, the labels tell.
  const guessed: CodebookLanguage = sawEnglishLabel ? 'en' : sawNynorskLabel ? 'nn' : 'nb';
  const resolvedLanguage = language ?? guessed;
  if (!(codebookLanguages as readonly string[]).includes(resolvedLanguage))
    return {
      ok: false,
      errors: [`language: must be one of ${codebookLanguages.join(', ')} (got "${resolvedLanguage}")`],
    };
  return parseCodebookJson({ format: 'kodebok-codebook', version: 1, name, language: resolvedLanguage, codes: roots });
}
