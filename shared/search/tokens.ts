/*
 * Words with their offsets, the way search sees a text. A word is a run of letters, marks and
 * digits (æ, ø, å and every other script); a hyphen or an apostrophe between two such runs keeps
 * a compound whole ("Nav-kontoret", "Aase's"), and its runs are parts of it, so "nav" and
 * "kontoret" find it too. An anonymisation placeholder as written on import (`<Navn på kontor>`,
 * `[stedsnavn]`) is one token, so it is found as written; its words are its parts.
 */

/** A piece of a token: one run of a compound, or one word inside a placeholder. */
export interface TokenPart {
  text: string;
  start: number;
  end: number;
}

/** One token: `start`/`end` are UTF-16 offsets into the text tokenised, end exclusive. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Set when the token is a placeholder: it is matched as written, never stemmed. */
  placeholder: boolean;
  /** The runs of a compound or the words of a placeholder; empty for a plain word. */
  parts: TokenPart[];
}

const word = String.raw`[\p{L}\p{N}\p{M}]+(?:['’\-\u2010\u2011][\p{L}\p{N}\p{M}]+)*`;
// A placeholder starts with a letter and stays on one line (anonymise/placeholders.ts writes them so).
const placeholder = String.raw`<\p{L}[^<>\n]{0,80}>|\[\p{L}[^[\]\n]{0,80}\]`;
const tokenPattern = new RegExp(`${placeholder}|${word}`, 'gu');
const runPattern = /[\p{L}\p{N}\p{M}]+/gu;
const joined = /['’\-\u2010\u2011]/u;

function partsOf(text: string, start: number): TokenPart[] {
  const parts: TokenPart[] = [];
  runPattern.lastIndex = 0;
  for (let m = runPattern.exec(text); m; m = runPattern.exec(text)) parts.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return parts;
}

/** Every token of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const surface = m[0];
    const start = m.index;
    const isPlaceholder = surface.startsWith('<') || surface.startsWith('[');
    tokens.push({
      text: surface,
      start,
      end: start + surface.length,
      placeholder: isPlaceholder,
      // A plain word has one run, which is the word itself: no parts to add (and nothing to scan).
      parts: isPlaceholder || joined.test(surface) ? partsOf(surface, start) : [],
    });
  }
  return tokens;
}

/**
 * Calls `visit` for every token, without building Token objects: placing hits walks hundreds of
 * texts per keystroke. `parts` gives the token's parts on demand.
 */
export function forEachToken(text: string, visit: (surface: string, start: number, parts: () => TokenPart[]) => void): void {
  // One compiled pattern, reused: a fresh RegExp per text starts cold in V8 (interpreted until it
  // tiers up), which made placing hits several times slower in Chromium. A visit that tokenises
  // again gets its own copy.
  const pattern = walking ? new RegExp(tokenPattern.source, 'gu') : tokenWalker;
  const outer = walking;
  walking = true;
  pattern.lastIndex = 0;
  try {
    walk(text, pattern, visit);
  } finally {
    walking = outer;
  }
}

let walking = false;
const tokenWalker = new RegExp(tokenPattern.source, 'gu');

function walk(text: string, pattern: RegExp, visit: (surface: string, start: number, parts: () => TokenPart[]) => void): void {
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const surface = m[0];
    const start = m.index;
    visit(surface, start, () => (surface.startsWith('<') || surface.startsWith('[') || joined.test(surface) ? partsOf(surface, start) : []));
  }
}

const tokenChar = /[\p{L}\p{N}\p{M}'’\-\u2010\u2011]/u;

/**
 * Visits the one token that holds `offset` (or starts after it, if none does), as forEachToken
 * would; returns where that token ends, or -1 when no token follows.
 */
export function visitTokenAt(text: string, offset: number, visit: (surface: string, start: number, parts: () => TokenPart[]) => void): number {
  let from = offset;
  while (from > 0 && tokenChar.test(text[from - 1]!)) from--;
  const pattern = walking ? new RegExp(tokenPattern.source, 'gu') : tokenWalker;
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (!m) return -1;
  const surface = m[0];
  const start = m.index;
  visit(surface, start, () => (surface.startsWith('<') || surface.startsWith('[') || joined.test(surface) ? partsOf(surface, start) : []));
  return start + surface.length;
}

/** The tokens' texts only: what MiniSearch's `tokenize` hands to `processTerm`. */
export function tokenTexts(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}
