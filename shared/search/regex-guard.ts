/*
 * A regular expression runs on the thread that searches and cannot be interrupted. Patterns that
 * backtrack exponentially, a repeated group that itself repeats or has alternatives ((a+)+,
 * (\w|\d)*, (.*a){12}), are refused before they run; the texts scanned and the matches kept are capped in
 * runSearch, and the app's searchPage stops one that runs past its time budget (checked between texts). What is left is linear or polynomial in a message's length.
 */

/** *, + and {n,}, and a counted repeat of more than 3 ((.*a){12} is as bad in practice: n^12). */
const unboundedQuantifier = /^(?:[*+]|\{\d+,\}|\{(?:\d+,)?(?:[4-9]|\d{2,})\})/;

interface Group {
  start: number;
  repeats: boolean;
  alternates: boolean;
}

/** The risky part of a pattern (a repeated group that repeats inside or alternates), or null. */
export function regexRisk(pattern: string): string | null {
  const stack: Group[] = [{ start: 0, repeats: false, alternates: false }];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, repeats: false, alternates: false });
      i++;
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>: the ? is not a quantifier.
      if (pattern[i] === '?') {
        const named = /^\?(?:[:=!]|<[=!]|<[^>]*>)/.exec(pattern.slice(i));
        i += named ? named[0].length : 1;
      }
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      i++;
      const after = pattern.slice(i);
      if (unboundedQuantifier.test(after) && (group.repeats || group.alternates)) return pattern.slice(group.start, i + 1);
      // A quantifier after the group is met next and marks the parent; a repeat inside does too.
      if (group.repeats) stack.at(-1)!.repeats = true;
      continue;
    }
    if (c === '|') stack.at(-1)!.alternates = true;
    else if (c === '*' || c === '+' || c === '?' || c === '{') stack.at(-1)!.repeats = true;
    i++;
  }
  return null;
}
