/**
 * Placeholders a transcriber or an earlier pass already wrote, such as `[Navn]` or
 * `<Navn på kommune>`. A placeholder hugs its brackets, stays on one line, is short, and holds
 * no digits or `@`: bracketed text with those is real data (`[tlf 98765432]`) and stays scannable.
 */
const PLACEHOLDER = /\[[^\s[\]\d@](?:[^[\]\n\d@]{0,58}[^\s[\]\d@])?\]|<[^\s<>\d@](?:[^<>\n\d@]{0,58}[^\s<>\d@])?>/gu;

export interface Span {
  start: number;
  end: number;
}

export function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
