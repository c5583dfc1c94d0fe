import type { ReplyDelay } from '../model';

/**
 * Relative reply delays as quoted in published dialogues ("dagen etter", "to timar seinare",
 * "next day"), in bokmål, nynorsk and English, converted to hours.
 *
 * A phrase is read as a sequence of known parts (fixed phrases, quantities like "tre dager etter",
 * filler like "ca."). Every word must belong to a part, so "ikke samme dag" stays unknown rather
 * than being half-understood. When several parts are present, the most specific one wins:
 * "6 timer senere samme ettermiddag" is 6 hours.
 */

interface DelayPart {
  minHours: number;
  maxHours: number;
  /** Lower is more specific. */
  rank: number;
}

// prettier-ignore
const numberWords: Record<string, number> = {
  en: 1, ei: 1, ett: 1, et: 1, ein: 1, eitt: 1, one: 1, a: 1, an: 1,
  to: 2, tvo: 2, two: 2, tre: 3, tri: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5,
  seks: 6, six: 6, sju: 7, syv: 7, seven: 7, åtte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10,
  elleve: 11, eleven: 11, tolv: 12, twelve: 12,
};

const units: Record<string, { hours: number; rank: number }> = {};
function unit(words: string[], hours: number, rank: number): void {
  for (const w of words) units[w] = { hours, rank };
}
unit(['minutt', 'minutter', 'minuttar', 'min', 'minute', 'minutes', 'mins'], 1 / 60, 0);
unit(['time', 'timer', 'timar', 't', 'hour', 'hours', 'h', 'hrs', 'timen'], 1, 1);
unit(['dag', 'dager', 'dagar', 'døgn', 'day', 'days'], 24, 2);
unit(['uke', 'uker', 'veke', 'veker', 'week', 'weeks'], 168, 3);

const fixedPhrases: { words: string[]; part: DelayPart }[] = [];
function fixed(phrases: string[], minHours: number, maxHours: number, rank: number): void {
  for (const p of phrases) fixedPhrases.push({ words: p.split(' '), part: { minHours, maxHours, rank } });
}
fixed(['samme ettermiddag', 'same ettermiddag', 'same afternoon', 'the same afternoon'], 0, 12, 4);
fixed(['samme dag', 'samme dagen', 'same dag', 'same dagen', 'same day', 'the same day'], 0, 24, 5);
fixed(['samme uke', 'samme uka', 'same veke', 'same veka', 'same week', 'the same week'], 0, 168, 6);
// prettier-ignore
fixed(
  [
    'dagen etter', 'dagen derpå', 'dagen etterpå', 'neste dag', 'neste dagen', 'påfølgende dag', 'dagen seinare',
    'next day', 'the next day', 'the day after', 'the following day', 'following day',
  ],
  24, 24, 2,
);
fixed(
  [
    'uka etter',
    'uken etter',
    'veka etter',
    'neste uke',
    'neste veke',
    'next week',
    'the week after',
    'the following week',
  ],
  168,
  168,
  3,
);
// Longest first so "the same day" is tried before "same day" fails on "the".
fixedPhrases.sort((a, b) => b.words.length - a.words.length);

const directionWords = new Set(['senere', 'seinere', 'seinare', 'etter', 'etterpå', 'later', 'after', 'afterwards']);
const fillerWords = new Set([
  'ca',
  'cirka',
  'circa',
  'omtrent',
  'rundt',
  'about',
  'around',
  'approx',
  'approximately',
  'og',
  'and',
  'etter',
  'after',
  ',',
  '.',
]);
const rangeWords = new Set(['-', '–', '—', 'til', 'eller', 'or', 'to']);

function tokenise(phrase: string): string[] {
  return phrase.toLowerCase().match(/\d+(?:[.,]\d+)?|\p{L}+|\S/gu) ?? [];
}

function readNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  if (/^\d/.test(token)) return Number(token.replace(',', '.'));
  return numberWords[token] ?? null;
}

/** A quantity at `i`: number, optional range ("2-3", "to til tre"), unit, optional direction. */
function readQuantity(tokens: string[], i: number): { part: DelayPart; next: number } | null {
  const low = readNumber(tokens[i]);
  if (low === null) return null;
  let high = low;
  let j = i + 1;
  if (
    rangeWords.has(tokens[j] ?? '') &&
    readNumber(tokens[j + 1]) !== null &&
    units[tokens[j + 2] ?? ''] !== undefined
  ) {
    high = readNumber(tokens[j + 1])!;
    j += 2;
  }
  const u = units[tokens[j] ?? ''];
  if (!u) return null;
  j++;
  if (directionWords.has(tokens[j] ?? '')) j++;
  const part = {
    minHours: round(Math.min(low, high) * u.hours),
    maxHours: round(Math.max(low, high) * u.hours),
    rank: u.rank,
  };
  return { part, next: j };
}

function readFixed(tokens: string[], i: number): { part: DelayPart; next: number } | null {
  for (const f of fixedPhrases) {
    if (f.words.every((w, k) => tokens[i + k] === w)) return { part: f.part, next: i + f.words.length };
  }
  return null;
}

function round(hours: number): number {
  return Math.round(hours * 1000) / 1000;
}

/** The phrase as written (trimmed, inner spaces collapsed, trailing punctuation dropped). */
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/u, '');
}

export function parseDelay(phrase: string): ReplyDelay {
  const cleaned = cleanPhrase(phrase);
  const tokens = tokenise(cleaned);
  const parts: DelayPart[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = readFixed(tokens, i) ?? readQuantity(tokens, i);
    if (found) {
      parts.push(found.part);
      i = found.next;
    } else if (fillerWords.has(tokens[i]!)) {
      i++;
    } else {
      return { phrase: cleaned, minHours: null, maxHours: null };
    }
  }
  if (parts.length === 0) return { phrase: cleaned, minHours: null, maxHours: null };
  const best = parts.reduce((a, b) => (b.rank < a.rank ? b : a));
  return { phrase: cleaned, minHours: best.minHours, maxHours: best.maxHours };
}

export function isUnderstood(delay: ReplyDelay): boolean {
  return delay.minHours !== null && delay.maxHours !== null;
}
