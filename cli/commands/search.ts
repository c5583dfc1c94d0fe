import { parseArgs } from 'node:util';
import {
  addDocuments,
  createSearchIndex,
  keywordInContextLine,
  parseSearchQuery,
  searchDocumentsOf,
  searchWithStatus,
  type SearchDocument,
  type SearchLanguage,
  type SearchQueryError,
} from '../../shared/search';
import type { CliIo } from '../io';
import { readSearchSources } from '../search-sources';
import type { Command } from './command';

const contextWidth = 40;

const help = `Usage: npm run cli -- search <file|folder|project-backup.json> "<query>" [--json] [--regex]
                              [--lang nb|nn|en] [--keep-stop-words] [--fold-aa]

Searches transcripts, dialogue threads and other texts the way the app's search does: the file
is imported with the app's parsers (a folder: every importable file in it and its subfolders,
passing over, with a warning, files the importers reject; a .json file: the sources of a Kodebok
project backup) and searched with the app's index code. Messages and turns are searched; the
speaker labels and a transcript's header lines are not.

Query (words mode):
  vedtak klage          texts with both words (AND is the default between words)
  vedtak OR klage       either word (also ELLER; AND / OG may be written out)
  vedtak NOT klage      without klage (also IKKE, or -klage); operators only in capitals
  (vedtak OR klage) nav grouping
  "har du søkt"         exact phrase, checked in the text (also «…»); a quoted word is taken as written
  søk*                  prefix
  aktivitetsplnaen~     typo tolerance (long words of 8+ letters get it anyway)
  <Navn på kontor>      an anonymisation placeholder as written (also [stedsnavn])
Words are stemmed for the language: vedtak finds vedtaket, vedtakene and vedtaka.

Options:
  --json              Print one JSON array, in reading order (source by source, then offset):
                      [{"source","start","end","text","context"}, ...], [] when nothing matches.
                      source is the source's title (a file: its name); start/end are UTF-16
                      offsets into that source's text (LF line endings), end exclusive; text is
                      the hit; context is the keyword-in-context line (${contextWidth} characters either
                      side, within the hit's message or turn).
  --regex             Take the query as a JavaScript regular expression (case-insensitive),
                      scanned over the message texts. Patterns that could run for ever, such as
                      (a+)+, are refused.
  --lang nb|nn|en     Stemming and stop words: bokmål (default), nynorsk or English.
  --keep-stop-words   Index small words such as "og" and "ikke" too.
  --fold-aa           Read "aa" as "å" (Aasen finds Åsen).

Exit codes: 0 searched (also when nothing matched), 1 a file could not be read or the query
cannot be run (one line on stderr), 2 wrong usage.
`;

/** What is wrong with a query, in one line that says what to do (English, like the rest of the CLI). */
export function queryErrorReason(error: SearchQueryError): string {
  const at = typeof error.params.at === 'number' ? ` at character ${error.params.at + 1}` : '';
  switch (error.code) {
    case 'empty-query':
      return 'the query is empty. Give one or more words to search for.';
    case 'unclosed-quote':
      return `the quote${at} is not closed. End the phrase with a quote mark.`;
    case 'unclosed-parenthesis':
      return `the parenthesis${at} is not closed. Add ")" or remove "(".`;
    case 'unexpected-parenthesis':
      return `")"${at} closes nothing. Remove it or add "(" before it.`;
    case 'missing-operand':
      return `${error.params.operator ?? 'the operator'}${at} needs a word on each side.`;
    case 'only-negative':
      return 'the query only says what to leave out. Add a word to search for.';
    case 'prefix-too-short':
      return `"${error.params.term}" is too short for a prefix search. Give at least two letters before *.`;
    case 'regex-invalid':
      return `not a valid regular expression (${error.params.message}).`;
    case 'regex-too-long':
      return `the regular expression is ${error.params.length} characters long; at most ${error.params.max} are taken.`;
    case 'regex-risky':
      return `the regular expression could run for a very long time because of "${error.params.part}" (a repeated group that repeats inside or has alternatives). Simplify it.`;
    case 'regex-too-slow':
      return `the regular expression ran for more than ${error.params.seconds} seconds and was stopped. Make it more specific.`;
  }
}

interface Row {
  source: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

function listing(path: string, query: string, rows: Row[], truncated: boolean): string {
  if (rows.length === 0) return `No hits for ${JSON.stringify(query)} in ${path}.\n`;
  const out: string[] = [];
  let current: string | null = null;
  const width = String(Math.max(...rows.map((r) => r.start))).length;
  for (const r of rows) {
    if (r.source !== current) {
      current = r.source;
      const count = rows.filter((x) => x.source === current).length;
      out.push(`${out.length ? '\n' : ''}${current} (${count} ${count === 1 ? 'hit' : 'hits'})`);
    }
    const { before, after } = splitContext(r);
    out.push(`  ${String(r.start).padStart(width)}  ${before}[${r.text}]${after}`);
  }
  out.push('', `${rows.length} ${rows.length === 1 ? 'hit' : 'hits'}${truncated ? ' (stopped at the limit; narrow the query to see the rest)' : ''}.`);
  return `${out.join('\n')}\n`;
}

function splitContext(r: Row): { before: string; after: string } {
  const at = r.context.indexOf(r.text);
  return at < 0 ? { before: r.context, after: '' } : { before: r.context.slice(0, at), after: r.context.slice(at + r.text.length) };
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search files, a folder or a project backup with the app\'s search (keyword in context)',
  help,
  run: async (args, io: CliIo) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          regex: { type: 'boolean', default: false },
          lang: { type: 'string', default: 'nb' },
          'keep-stop-words': { type: 'boolean', default: false },
          'fold-aa': { type: 'boolean', default: false },
        },
      });
    } catch (error) {
      io.stderr(`search: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 2) {
      io.stderr('search: give a file, folder or project backup and a query. Run "search --help" for usage.\n');
      return 2;
    }
    const language = values.lang;
    if (language !== 'nb' && language !== 'nn' && language !== 'en') {
      io.stderr(`search: --lang must be nb, nn or en (got "${language}").\n`);
      return 2;
    }
    const [path, queryText] = positionals as [string, string];
    const query = parseSearchQuery(queryText, values.regex ? 'regex' : 'words');
    if ('error' in query) {
      io.stderr(`search: ${queryErrorReason(query.error)}\n`);
      return 1;
    }
    const rows = await readSearchSources(path, io);
    if (!rows) return 1;

    const index = createSearchIndex({ language: language as SearchLanguage, stopWords: !values['keep-stop-words'], foldAa: values['fold-aa'] });
    const docs = new Map<string, SearchDocument>(searchDocumentsOf(rows).map((d) => [d.id, d]));
    addDocuments(index, [...docs.values()]);
    const { hits, truncated } = searchWithStatus(index, (id) => docs.get(id), query);
    const order = new Map(rows.sources.map((s, i) => [s.id, i]));
    const sources = new Map(rows.sources.map((s) => [s.id, s]));
    const found: Row[] = hits
      .filter((h) => h.sourceId !== undefined)
      .sort((a, b) => order.get(a.sourceId!)! - order.get(b.sourceId!)! || a.start - b.start)
      .map((h) => {
        const source = sources.get(h.sourceId!)!;
        // The context stays inside the message or turn: the next speaker's words are not its context.
        const doc = docs.get(h.docId)!;
        const context = keywordInContextLine(doc.text, h.start - doc.start, h.end - doc.start, contextWidth);
        return { source: source.title, start: h.start, end: h.end, text: source.text.slice(h.start, h.end), context };
      });
    if (truncated) io.stderr(`search: warning: stopped at ${hits.length} hits; narrow the query to see the rest.\n`);
    io.stdout(values.json ? `${JSON.stringify(found)}\n` : listing(path, queryText, found, truncated));
    return 0;
  },
};
