import { regexRisk } from './regex-guard';
import { tokenTexts } from './tokens';

/*
 * The query language, chosen for what a researcher types into a search box:
 *
 *   vedtak klage          both words (AND is the default between words: each word narrows the hits)
 *   vedtak OR klage       either word (also ELLER); AND (OG) may be written out
 *   vedtak NOT klage      without klage (also IKKE, or -klage); operators only in capitals, so
 *                         "og", "eller" and "ikke" typed in lower case are ordinary words
 *   (vedtak OR klage) nav grouping
 *   "har du søkt"         exact phrase, checked in the text itself («…» and “…” work too);
 *                         a quoted single word is matched as written, not stemmed
 *   søk*                  prefix
 *   aktivitetsplnaen~     typo tolerance on request; long words (8+ letters) get it anyway
 *   <Navn på kontor>      an anonymisation placeholder, as written (also [stedsnavn])
 *
 * Words are stemmed (vedtak finds vedtaket, vedtakene, vedtaka). Regular-expression mode takes
 * the query as a JavaScript regular expression, case-insensitive, scanned over the texts.
 */

export type SearchMode = 'words' | 'regex';

export type QueryNode =
  | {
      type: 'term';
      /** As typed (one token: a word, a compound or a placeholder). */
      text: string;
      prefix: boolean;
      /** 'auto': typo tolerance for long words only; true: asked for with `~`. */
      fuzzy: boolean | 'auto';
    }
  | { type: 'phrase'; text: string; words: string[] }
  | { type: 'and'; nodes: QueryNode[] }
  | { type: 'or'; nodes: QueryNode[] }
  | { type: 'not'; node: QueryNode };

/** Plain data (it crosses to the search worker as it is). */
export type ParsedQuery = { mode: 'words'; root: QueryNode } | { mode: 'regex'; source: string; flags: string };

export type SearchQueryErrorCode =
  | 'empty-query'
  | 'unclosed-quote'
  | 'unclosed-parenthesis'
  | 'unexpected-parenthesis'
  | 'missing-operand'
  | 'only-negative'
  | 'prefix-too-short'
  | 'regex-invalid'
  | 'regex-too-long'
  | 'regex-risky'
  /** A regular expression ran past its time budget and was stopped (run-page.ts). */
  | 'regex-too-slow';

/** A query that cannot be run: a code the UI translates, with what it needs to say where. */
export interface SearchQueryError {
  code: SearchQueryErrorCode;
  params: Record<string, string | number>;
}

const operators: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OG: 'and', OR: 'or', ELLER: 'or', NOT: 'not', IKKE: 'not', IKKJE: 'not' };
const quotePairs: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };
const placeholderAt = /<\p{L}[^<>\n]{0,80}>|\[\p{L}[^[\]\n]{0,80}\]/uy;
const wordEnd = /[\s()"«»“”„]/u;
/** Longest regular expression taken: longer ones are nearly always pasted by mistake. */
export const maxRegexLength = 500;

type Lexeme =
  | { kind: 'open' | 'close' | 'minus'; at: number }
  | { kind: 'op'; op: 'and' | 'or' | 'not'; text: string; at: number }
  | { kind: 'leaf'; node: QueryNode; at: number };

class QueryError extends Error {
  constructor(readonly error: SearchQueryError) {
    super(error.code);
  }
}
const fail = (code: SearchQueryErrorCode, params: Record<string, string | number> = {}): never => {
  throw new QueryError({ code, params });
};

function wordLeaf(raw: string, at: number): QueryNode | null {
  let text = raw;
  let prefix = false;
  let fuzzy: boolean | 'auto' = 'auto';
  if (text.endsWith('*')) {
    prefix = true;
    text = text.replace(/\*+$/, '');
  } else if (text.endsWith('~')) {
    fuzzy = true;
    text = text.replace(/~+$/, '');
  }
  const words = tokenTexts(text);
  if (prefix && (words.length === 0 || words.at(-1)!.length < 2)) fail('prefix-too-short', { term: raw, at });
  if (words.length === 0) return null;
  const leaves = words.map((w, i): QueryNode => ({ type: 'term', text: w, prefix: prefix && i === words.length - 1, fuzzy }));
  // "barn/unge" is two words: both must be there.
  return leaves.length === 1 ? leaves[0]! : { type: 'and', nodes: leaves };
}

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (c in quotePairs) {
      const close = query.indexOf(quotePairs[c]!, i + 1);
      if (close < 0) fail('unclosed-quote', { at: i });
      const text = query.slice(i + 1, close);
      const words = tokenTexts(text);
      if (words.length > 0) out.push({ kind: 'leaf', node: { type: 'phrase', text, words }, at: i });
      i = close + 1;
    } else if (c === '-' && i + 1 < query.length && !wordEnd.test(query[i + 1]!) && (i === 0 || /[\s(]/u.test(query[i - 1]!))) {
      out.push({ kind: 'minus', at: i });
      i++;
    } else {
      placeholderAt.lastIndex = i;
      const placeholder = placeholderAt.exec(query);
      if (placeholder) {
        out.push({ kind: 'leaf', node: { type: 'term', text: placeholder[0], prefix: false, fuzzy: false }, at: i });
        i += placeholder[0].length;
        continue;
      }
      let j = i;
      while (j < query.length && !wordEnd.test(query[j]!)) j++;
      const raw = query.slice(i, j);
      const op = operators[raw];
      if (op) out.push({ kind: 'op', op, text: raw, at: i });
      else {
        const node = wordLeaf(raw, i);
        if (node) out.push({ kind: 'leaf', node, at: i });
      }
      i = j;
    }
  }
  return out;
}

function parse(lexemes: Lexeme[]): QueryNode {
  let pos = 0;
  const peek = () => lexemes[pos];
  const startsOperand = (l: Lexeme | undefined) => !!l && (l.kind === 'leaf' || l.kind === 'open' || l.kind === 'minus' || (l.kind === 'op' && l.op === 'not'));
  const operand = (operator: string, at: number) => {
    if (!startsOperand(peek())) fail('missing-operand', { operator, at });
  };

  function primary(): QueryNode {
    const l = peek();
    if (!l) return fail('empty-query');
    if (l.kind === 'open') {
      pos++;
      const inner = or();
      if (peek()?.kind !== 'close') fail('unclosed-parenthesis', { at: l.at });
      pos++;
      return inner;
    }
    if (l.kind === 'leaf') {
      pos++;
      return l.node;
    }
    if (l.kind === 'close') return fail('unexpected-parenthesis', { at: l.at });
    return fail('missing-operand', { operator: l.kind === 'op' ? l.text : '-', at: l.at });
  }
  function unary(): QueryNode {
    const l = peek();
    if (l && (l.kind === 'minus' || (l.kind === 'op' && l.op === 'not'))) {
      pos++;
      operand(l.kind === 'op' ? l.text : '-', l.at);
      return { type: 'not', node: unary() };
    }
    return primary();
  }
  function and(): QueryNode {
    const nodes = [unary()];
    for (;;) {
      const l = peek();
      if (l?.kind === 'op' && l.op === 'and') {
        pos++;
        operand(l.text, l.at);
        nodes.push(unary());
      } else if (startsOperand(l)) nodes.push(unary());
      else break;
    }
    return nodes.length === 1 ? nodes[0]! : { type: 'and', nodes };
  }
  function or(): QueryNode {
    const nodes = [and()];
    for (;;) {
      const l = peek();
      if (!(l?.kind === 'op' && l.op === 'or')) break;
      pos++;
      operand(l.text, l.at);
      nodes.push(and());
    }
    return nodes.length === 1 ? nodes[0]! : { type: 'or', nodes };
  }

  const first = peek();
  if (first?.kind === 'op' && first.op !== 'not') fail('missing-operand', { operator: first.text, at: first.at });
  const root = or();
  const rest = peek();
  if (rest) fail(rest.kind === 'close' ? 'unexpected-parenthesis' : 'missing-operand', { at: rest.at, ...(rest.kind === 'op' ? { operator: rest.text } : {}) });
  return root;
}

/** Whether a node can match on its own: NOT alone would list every text in the project. */
export function hasPositive(node: QueryNode): boolean {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.nodes.some(hasPositive);
    case 'or':
      return node.nodes.every(hasPositive);
  }
}

function parseRegex(query: string): ParsedQuery {
  if (query.length > maxRegexLength) fail('regex-too-long', { length: query.length, max: maxRegexLength });
  let flags = 'giu';
  try {
    new RegExp(query, flags);
  } catch {
    // Without the u flag, patterns typed the old way (`\-`, `\ `) are accepted.
    flags = 'gi';
    try {
      new RegExp(query, flags);
    } catch (error) {
      fail('regex-invalid', { message: error instanceof Error ? error.message : String(error) });
    }
  }
  const risk = regexRisk(query);
  if (risk !== null) fail('regex-risky', { part: risk });
  return { mode: 'regex', source: query, flags };
}

/** Parses a query, or says what is wrong with it. */
export function parseSearchQuery(query: string, mode: SearchMode): ParsedQuery | { error: SearchQueryError } {
  try {
    if (query.trim() === '') return { error: { code: 'empty-query', params: {} } };
    if (mode === 'regex') return parseRegex(query);
    const lexemes = lex(query);
    if (!lexemes.some((l) => l.kind === 'leaf')) return { error: { code: 'empty-query', params: {} } };
    const root = parse(lexemes);
    if (!hasPositive(root)) return { error: { code: 'only-negative', params: {} } };
    return { mode: 'words', root };
  } catch (error) {
    if (error instanceof QueryError) return { error: error.error };
    throw error;
  }
}
