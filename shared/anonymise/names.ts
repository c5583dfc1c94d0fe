import { hitAt, type Detector, type Hit } from './hit';
import { placeholderSpans } from './placeholders';

export const NAME_PLACEHOLDER = '[Navn]';

/** Letters, combining marks and digits: `Åse` must not match inside `Kåre` or `Åse2`. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A name as a pattern: any run of whitespace between its words (line breaks in transcripts), and
 * `Å` also as `A` + combining ring, since text pasted from macOS is often decomposed (NFD).
 */
function namePattern(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) =>
      [...word]
        .map((char) => {
          const decomposed = char.normalize('NFD');
          return decomposed === char ? escapeRegExp(char) : `(?:${escapeRegExp(char)}|${escapeRegExp(decomposed)})`;
        })
        .join(''),
    )
    .join('\\s+');
}

/**
 * Longest names first, so `Kari Nordmann` wins over `Kari` at the same place. A trailing genitive
 * (`Karis`, `Kari's`) is allowed after the name but left outside the hit (`[Navn]s` still reads);
 * it only counts when the text capitalises the name, or `Per` would match `pers.`.
 */
function namesPattern(names: readonly string[]): RegExp | null {
  const unique = new Map<string, string>();
  for (const name of names) {
    const tidy = name.normalize('NFC').trim();
    if (tidy !== '') unique.set(tidy.toLocaleLowerCase('nb'), tidy);
  }
  if (unique.size === 0) return null;
  const alternatives = [...unique.values()]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?:(?!${WORD_CHAR})|(?=(['’]?s)(?!${WORD_CHAR})))`, 'giu');
}

function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLocaleLowerCase('nb');
}

/** Names the researcher listed (participants, relatives, caseworkers), matched as whole words. */
export function nameDetector(names: readonly string[]): Detector {
  const pattern = namesPattern(names);
  return (text: string): Hit[] => {
    if (pattern === null) return [];
    const placeholders = placeholderSpans(text);
    const hits: Hit[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const isGenitive = match[1] !== undefined;
      if (isGenitive && !isCapitalised(match[0])) continue;
      if (placeholders.some((p) => p.start < end && start < p.end)) continue;
      hits.push(hitAt('name', start, match[0], NAME_PLACEHOLDER));
    }
    return hits;
  };
}

export function findNames(text: string, names: readonly string[]): Hit[] {
  return nameDetector(names)(text);
}
